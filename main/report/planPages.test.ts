// The plan pages read back as a sponsor would: the executive summary on exactly one page and the
// wall plan on one landscape page, at the schema's limits too, on A4 and Letter; actions numbered
// the same in the summary, the action plan, the wall plan and the recommendations; overdue said in
// words; no word split inside a column.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseWorkshopFile } from '../../shared/files/workshopFile';
import { buildReport } from '../../shared/report/buildReport';
import type { ReportModel } from '../../shared/report/model';
import { planAtLimits } from '../../shared/report/planFixtures';
import type { PaperSize } from '../../shared/settings/schema';
import { pageTexts, savePdf } from './pdf/testing/poppler';
import { createReportPdf } from './reportPdf';

// Kept after the run (and uploaded by CI) so the pages can be looked at.
const outDir = path.resolve('test-results/plan-pages');
const today = '2026-11-30';
const pdf = createReportPdf();
afterAll(() => pdf.close());

const exampleFile = fs.readFileSync(path.resolve('assets/examples/northwind-instruments.baton.json'), 'utf8');
const parsed = parseWorkshopFile(exampleFile, 'northwind-instruments.baton.json');
if (!parsed.ok) throw new Error('The example workshop does not parse');
const example = buildReport(parsed.value, { today });
const limits = buildReport(planAtLimits({ actions: 40 }), { today });
const oneTeam = buildReport(planAtLimits({ actions: 12, oneTeam: true }), { today });

interface Rendered {
  file: string;
  pages: string[];
  /** The page (0-based) on which each section heading starts a line. */
  at: (heading: string) => number[];
}

const rendered = new Map<string, Promise<Rendered>>();

/** Each workshop is rendered once per paper size and read by every test. */
function render(model: ReportModel, paper: PaperSize, name: string): Promise<Rendered> {
  const key = `${name}-${paper}`;
  if (!rendered.has(key)) rendered.set(key, renderOnce(model, paper, key));
  return rendered.get(key)!;
}

async function renderOnce(model: ReportModel, paper: PaperSize, key: string): Promise<Rendered> {
  const file = savePdf((await pdf.render(model, paper)).pdf, outDir, key);
  const pages = pageTexts(file);
  const at = (heading: string) => pages.flatMap((page, i) => (page.split('\n').some((line) => line.trim().startsWith(heading)) ? [i] : []));
  return { file, pages, at };
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** The action's number followed by the start of its title, at the start of a line or of a column. */
const numbered = (n: number, title: string) => new RegExp(`(?:^|\\s\\s)\\s*${n}\\s+${escape(title.slice(0, 24))}`, 'm');
const pageSize = (file: string, page: number) => /size:\s+([\d.]+) x ([\d.]+)/.exec(execFileSync('pdfinfo', ['-f', String(page), '-l', String(page), file], { encoding: 'utf8' }))!;

for (const paper of ['a4', 'letter'] as const) {
  describe(`the plan pages on ${paper === 'a4' ? 'A4' : 'Letter'}`, () => {
    for (const [name, model] of [
      ['example', example],
      ['limits', limits],
      ['one team at the limits', oneTeam],
    ] as const) {
      it(`prints the executive summary on exactly one page, page 2 (${name})`, async () => {
        const { pages, at, file } = await render(model, paper, name);
        expect(at('Executive summary')).toEqual([1]);
        const summary = pages[1]!;
        for (const part of ['The relationship is', 'Target:', 'participants', 'overdue', 're-run the diagnostic by', 'The three largest perception gaps', 'Top themes from the room', 'Top actions', 'Needs the sponsor']) {
          expect(summary, part).toContain(part);
        }
        expect(summary).toContain(model.nextSteps.reassessOn);
        expect(at('Diagnostic')[0]).toBe(2);
        if (name !== 'example') {
          // Long texts are shortened there, in full further on.
          expect(summary).toContain('…');
          execFileSync('pdftoppm', ['-png', '-r', '50', '-f', '2', '-l', '2', file, path.join(outDir, `${name.replace(/ /g, '-')}-summary-${paper}`)]);
        }
      });

      it(`prints the wall plan on one landscape page, followed by the sign-off (${name})`, async () => {
        const { at, file, pages } = await render(model, paper, name);
        const [wall] = at('Wall plan');
        expect(wall).toBeDefined();
        const [width, height] = pageSize(file, wall! + 1).slice(1).map(Number);
        expect(width).toBeGreaterThan(height!);
        expect(at('Commitments and sign-off')[0]).toBe(wall! + 1);
        const [w2, h2] = pageSize(file, wall! + 2).slice(1).map(Number);
        expect(w2).toBeLessThan(h2!);
        expect(pages[wall!]).toContain(`Re-run the diagnostic ${model.nextSteps.reassessOn.replace(/^0/, '')}`);
      });
    }

    it('numbers each action the same in the summary, the action plan, the wall plan and the recommendations', async () => {
      const { pages, at } = await render(example, paper, 'example');
      const summary = pages[1]!;
      for (const a of example.summary.topActions) expect(summary, `summary: action ${a.number}`).toMatch(numbered(a.number, a.title));
      const planPages = at('Action plan').filter((i) => i > 1);
      const plan = planPages.map((i) => pages[i]).join('\n');
      for (const a of example.actions) expect(plan, `action plan: action ${a.number}`).toMatch(numbered(a.number, a.title));
      const wall = pages[at('Wall plan')[0]!]!;
      for (const a of example.actions) expect(wall, `wall plan: action ${a.number}`).toMatch(new RegExp(`\\b${a.number}\\s+${escape(a.title.slice(0, 20))}`));
      const recs = pages.slice(at('Recommendations')[0], at('Perception gaps and team splits')[0]! + 1).join('\n');
      const taken = example.recommendations.filter((r) => r.actions.length > 0);
      expect(taken.length).toBeGreaterThan(0);
      for (const r of taken) {
        expect(recs).toMatch(new RegExp(`${escape(r.title)}[\\s\\S]*?In the plan as actions? ${r.actions.join(', ')}\\.`));
        for (const n of r.actions) expect(example.actions[n - 1]!.source).toBe(r.title);
      }
      expect(recs).toContain('Not taken into the action plan.');
      expect(recs).toContain('The advisor’s reasons:');
    });

    it('fits the ten actions of the example on two pages, starting a page', async () => {
      const { at } = await render(example, paper, 'example');
      expect(example.actions).toHaveLength(10);
      const first = at('Action plan').filter((i) => i > 1)[0]!;
      expect(at('Wall plan')[0]! - first).toBe(2);
    });

    it('says OVERDUE in words for every overdue action, beside its triangle marker, and lists them for the sponsor', async () => {
      const { pages, at } = await render(example, paper, 'example');
      const plan = at('Action plan').filter((i) => i > 1).map((i) => pages[i]).join('\n');
      const overdue = example.actions.filter((a) => a.pastDue);
      expect(overdue.length).toBeGreaterThan(0);
      expect(plan.match(/Status Open, OVERDUE|Status In progress, OVERDUE/g)).toHaveLength(overdue.length);
      expect(pages[1]).toContain(`Overdue: ${overdue.length === 1 ? 'action' : 'actions'} ${overdue.map((a) => a.number).join(' and ')}.`);
    });

    it('splits no word inside a table column (the handoff map’s stages and owners)', async () => {
      const { pages, at } = await render(example, paper, 'example');
      const handoff = at('Relay handoff map').map((i) => pages[i]).join('\n');
      for (const word of ['Awareness', 'Consideration', 'Marketing', 'Both teams']) expect(handoff).toContain(word);
      expect(handoff).not.toMatch(/Consideratio\s*\n/);
    });
  });
}
