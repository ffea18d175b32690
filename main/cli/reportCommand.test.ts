// `baton report` writes the PDF only when every item of the workshop is on its pages; a report
// that would leave something out exits 2 naming it, and leaves no file behind.
import fs from 'node:fs';
import path from 'node:path';
import type { Content } from 'pdfmake/interfaces';
import { describe, expect, it, vi } from 'vitest';
import { workshopFileContent } from '../../shared/files/workshopFile';
import { workshopChain } from '../../shared/report/chainFixtures';
import { reportTestWorkshop } from '../../shared/report/testing';
import { pageTexts } from '../report/pdf/testing/poppler';
import { tempDataDir } from '../testing/tempDir';
import { runCli } from './baton';
import { diskIo } from './testing';
import type * as ReportDocument from '../report/reportDocument';

// A layout bug to catch: the action plan's rows are left out of the document (as if a section
// forgot an item), or a chart runs off the bottom of its page.
const fault = vi.hoisted(() => ({ kind: 'none' as 'none' | 'drop-actions' | 'tall-chart' }));
vi.mock('../report/reportDocument', async (importOriginal) => {
  const original = await importOriginal<typeof ReportDocument>();
  const tall = `<svg xmlns="http://www.w3.org/2000/svg" width="400" height="3000"><rect width="400" height="3000"/></svg>`;
  const dropActions = (node: unknown): unknown => {
    if (Array.isArray(node)) return node.map(dropActions);
    if (!node || typeof node !== 'object') return node;
    if (String((node as { placeKey?: unknown }).placeKey ?? '').startsWith('action:')) return '';
    return Object.fromEntries(Object.entries(node).map(([k, v]) => [k, typeof v === 'object' ? dropActions(v) : v]));
  };
  return {
    ...original,
    reportContent: (...args: Parameters<typeof original.reportContent>): Content[] => {
      const content = original.reportContent(...args);
      if (fault.kind === 'drop-actions') return dropActions(content) as Content[];
      if (fault.kind === 'tall-chart') return [...content, { svg: tall, width: 400 }];
      return content;
    },
  };
});

const io = diskIo;

function workshopFile(): { file: string; out: string } {
  const dir = tempDataDir();
  const file = path.join(dir, 'workshop.baton.json');
  fs.writeFileSync(file, workshopFileContent(reportTestWorkshop()));
  return { file, out: path.join(dir, 'plan.pdf') };
}

describe('baton report', () => {
  it('writes the PDF when everything is on its pages', async () => {
    fault.kind = 'none';
    const { file, out } = workshopFile();
    const run = io();
    expect(await runCli(['report', file, '--out', out, '--paper', 'letter'], run.io)).toBe(0);
    expect(run.stdout()).toMatch(/^Wrote .*plan\.pdf \(Letter, \d+ KB\) in/);
    expect(fs.readFileSync(out).subarray(0, 5).toString()).toBe('%PDF-');
  }, 60_000);

  it('exits 2 naming the actions missing from the document, and leaves no file', async () => {
    fault.kind = 'drop-actions';
    const { file, out } = workshopFile();
    const run = io();
    expect(await runCli(['report', file, '--out', out], run.io)).toBe(2);
    expect(run.stderr()).toContain('The PDF was not written: 3 items of the report did not fit on its pages');
    expect(run.stderr()).toContain('action 2 “Agree lead definitions”');
    expect(fs.readdirSync(path.dirname(out))).toEqual(['workshop.baton.json']);
  }, 60_000);

  it('exits 2 when a chart runs off its page, and leaves no file', async () => {
    fault.kind = 'tall-chart';
    const { file, out } = workshopFile();
    const run = io();
    expect(await runCli(['report', file, '--out', out], run.io)).toBe(2);
    expect(run.stderr()).toMatch(/one item of the report did not fit on its pages \(a chart\)/);
    expect(fs.existsSync(out)).toBe(false);
  }, 60_000);

  it('refuses an unknown --notes choice', async () => {
    fault.kind = 'none';
    const { file, out } = workshopFile();
    const run = io();
    expect(await runCli(['report', file, '--out', out, '--notes', 'maybe'], run.io)).toBe(2);
    expect(run.stderr()).toContain('--notes must be pdf or csv, got "maybe".');
  });

  it('adds "Since last time" and the trend from --earlier files, nearest first', async () => {
    fault.kind = 'none';
    const dir = tempDataDir();
    const [current, earlier, oldest] = workshopChain();
    const files = [current!, earlier!, oldest!].map((doc, i) => {
      const file = path.join(dir, `w${i}.baton.json`);
      fs.writeFileSync(file, workshopFileContent(doc));
      return file;
    });
    const out = path.join(dir, 'plan.pdf');
    const run = io();
    expect(await runCli(['report', files[0]!, '--earlier', files[1]!, '--earlier', files[2]!, '--out', out], run.io)).toBe(0);
    const text = pageTexts(out).join('\n');
    expect(text).toContain('Since last time');
    expect(text).toContain('Compared with “Spring re-check”');
    expect(text).toContain('over the 3 linked workshops');
  }, 60_000);

  it('exits 2 naming a bad --earlier file and the field, and writes nothing', async () => {
    fault.kind = 'none';
    const { file, out } = workshopFile();
    const bad = path.join(path.dirname(file), 'bad.baton.json');
    const broken = JSON.parse(workshopFileContent(reportTestWorkshop()));
    broken.date = 'yesterday';
    fs.writeFileSync(bad, JSON.stringify(broken));
    const run = io();
    expect(await runCli(['report', file, '--earlier', bad, '--out', out], run.io)).toBe(2);
    expect(run.stderr()).toContain('bad.baton.json');
    expect(run.stderr()).toContain('date');
    expect(fs.existsSync(out)).toBe(false);
    const missing = io();
    expect(await runCli(['report', file, '--earlier', '--out', out], missing.io)).toBe(2);
    expect(missing.stderr()).toContain('--earlier needs a workshop file.');
  });
});
