import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { assetsDir } from '../assetsDir';
import { runCli } from './baton';
import { diskIo } from './testing';

const io = diskIo;

describe('baton validate', () => {
  it('accepts the example workshop and every built-in template', async () => {
    const example = path.join(assetsDir(), 'examples', 'northwind-instruments.baton.json');
    const a = io({});
    expect(await runCli(['validate', example], a.io)).toBe(0);
    expect(a.stdout()).toBe('valid: workshop "Northwind Instruments: sales & marketing alignment day"\n');
    const b = io({});
    expect(await runCli(['validate', path.join(assetsDir(), 'templates', 'full-day.baton-template.json')], b.io)).toBe(0);
    expect(b.stdout()).toBe('valid: template "Full-day alignment workshop"\n');
  });

  it('lists the problems and exits 2', async () => {
    const bad = JSON.stringify({ kind: 'template', schemaVersion: 1, id: 'x', name: '', activities: [{ kind: 'welcome', title: 'Hi', minutes: 'ten' }] });
    const c = io({ 'bad.baton-template.json': bad });
    expect(await runCli(['validate', 'bad.baton-template.json'], c.io)).toBe(2);
    expect(c.stdout()).toContain('problems in this template file:');
    expect(c.stdout()).toContain('  id: must be an id of 8–64 lowercase letters, digits and dashes');
    expect(c.stdout()).toContain('  name: A template needs a name');
    expect(c.stdout()).toContain('  activities.0.minutes:');
    const d = io({ 'x.json': '{ nope' });
    expect(await runCli(['validate', 'x.json'], d.io)).toBe(2);
    expect(d.stdout()).toContain('x.json is not valid JSON');
  });

  it('never prints a control character from the file: a title\'s ESC sequences, the bytes of a file that is not JSON', async () => {
    const example = JSON.parse(fs.readFileSync(path.join(assetsDir(), 'examples', 'northwind-instruments.baton.json'), 'utf8'));
    const hostile = JSON.stringify({ ...example, title: '\u001B]0;owned\u0007\u001B[31mRed\u009B2J' });
    const a = io({ 'hostile.baton.json': hostile });
    expect(await runCli(['validate', 'hostile.baton.json'], a.io)).toBe(0);
    expect(a.stdout()).toBe('valid: workshop "]0;owned[31mRed2J"\n');
    const b = io({ 'clear.json': '\u001B[2J\u001B[H\u000C{' });
    expect(await runCli(['validate', 'clear.json'], b.io)).toBe(2);
    expect(b.stdout() + b.stderr()).not.toMatch(/[^\P{Cc}\n]/u);
    expect(b.stdout()).toContain('clear.json is not valid JSON');
  });

  it('reads UTF-16 files with a byte-order mark as the app does, and refuses invalid UTF-8 with its offset', async () => {
    const text = fs.readFileSync(path.join(assetsDir(), 'examples', 'northwind-instruments.baton.json'), 'utf8');
    const a = io({ 'utf16.baton.json': Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]) });
    expect(await runCli(['validate', 'utf16.baton.json'], a.io)).toBe(0);
    expect(a.stdout()).toBe('valid: workshop "Northwind Instruments: sales & marketing alignment day"\n');
    const broken = Buffer.from(text);
    broken[40] = 0xc3;
    broken[41] = 0x28;
    const b = io({ 'broken.baton.json': broken });
    expect(await runCli(['validate', 'broken.baton.json'], b.io)).toBe(2);
    expect(b.stderr()).toBe('broken.baton.json is not valid UTF-8 text: byte 0xC3 at byte offset 40 does not start a UTF-8 character. Save it again as UTF-8.\n');
  });
});
