// `baton report` writes the PDF only when every item of the workshop is on its pages; a report
// that would leave something out exits 2 naming it, and leaves no file behind.
import fs from 'node:fs';
import path from 'node:path';
import type { Content } from 'pdfmake/interfaces';
import { describe, expect, it, vi } from 'vitest';
import { workshopFileContent } from '../../shared/files/workshopFile';
import { reportTestWorkshop } from '../../shared/report/testing';
import { tempDataDir } from '../testing/tempDir';
import { runCli } from './baton';
import type { CliIo } from './io';
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

function io() {
  const out: string[] = [];
  const err: string[] = [];
  const cli: CliIo = { stdout: (t) => void out.push(t), stderr: (t) => void err.push(t), readFile: async (p) => fs.readFileSync(p) };
  return { cli, stdout: () => out.join(''), stderr: () => err.join('') };
}

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
    expect(await runCli(['report', file, '--out', out, '--paper', 'letter'], run.cli)).toBe(0);
    expect(run.stdout()).toMatch(/^Wrote .*plan\.pdf \(Letter, \d+ KB\) in/);
    expect(fs.readFileSync(out).subarray(0, 5).toString()).toBe('%PDF-');
  }, 60_000);

  it('exits 2 naming the actions missing from the document, and leaves no file', async () => {
    fault.kind = 'drop-actions';
    const { file, out } = workshopFile();
    const run = io();
    expect(await runCli(['report', file, '--out', out], run.cli)).toBe(2);
    expect(run.stderr()).toContain('The PDF was not written: 3 items of the report did not fit on its pages');
    expect(run.stderr()).toContain('action 2 “Agree lead definitions”');
    expect(fs.readdirSync(path.dirname(out))).toEqual(['workshop.baton.json']);
  }, 60_000);

  it('exits 2 when a chart runs off its page, and leaves no file', async () => {
    fault.kind = 'tall-chart';
    const { file, out } = workshopFile();
    const run = io();
    expect(await runCli(['report', file, '--out', out], run.cli)).toBe(2);
    expect(run.stderr()).toMatch(/one item of the report did not fit on its pages \(a chart\)/);
    expect(fs.existsSync(out)).toBe(false);
  }, 60_000);

  it('refuses an unknown --notes choice', async () => {
    fault.kind = 'none';
    const { file, out } = workshopFile();
    const run = io();
    expect(await runCli(['report', file, '--out', out, '--notes', 'maybe'], run.cli)).toBe(2);
    expect(run.stderr()).toContain('--notes must be pdf or csv, got "maybe".');
  });
});
