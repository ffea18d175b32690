// The heads and staff split in the PDF's diagnostic section, read back: the example workshop
// records its two heads, so each team's heads and staff appear with their means, levels and the
// statements they differ on most; an anonymous workshop's report names no head anywhere.
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildReport } from '../../shared/report/buildReport';
import { buildExampleWorkshop } from '../../tests/fixtures/exampleWorkshop';
import { pageTexts, savePdf } from './pdf/testing/poppler';
import { firstMissingInOrder } from './pdf/testing/readBack';
import { createReportPdf } from './reportPdf';

const outDir = path.resolve('test-results/role-split-pdf');
const pdf = createReportPdf();
afterAll(() => pdf.close());

describe('the heads and staff split in the PDF', () => {
  it('prints each team’s heads against its staff, with the statements they differ on most', async () => {
    const model = buildReport(buildExampleWorkshop(), { today: '2026-11-25' });
    const [sales, marketing] = model.diagnostic.roleSplits;
    expect(sales).toMatchObject({ team: 'Sales', heads: { n: 1, mean: 56, level: 'Defined' }, staff: { n: 5, mean: 46.2, level: 'Defined' }, difference: -9.8 });
    expect(marketing).toMatchObject({ team: 'Marketing', heads: { n: 1, mean: 71 }, staff: { n: 5, mean: 60.8 }, difference: -10.2 });
    const file = savePdf((await pdf.render(model, 'letter')).pdf, outDir, 'example-letter');
    const pages = pageTexts(file);
    const at = pages.findIndex((p) => p.includes('Heads and staff'));
    expect(at).toBeGreaterThan(0);
    const text = pages.slice(at, at + 2).join('\n');
    expect(
      firstMissingInOrder(text, [
        'Heads and staff',
        'Sales',
        '56.0 Defined (1)',
        '46.2 Defined (5)',
        '−9.8',
        `${sales!.statements[0]!.statement}. ${sales!.statements[0]!.short}`,
        'Marketing',
        '71.0 Aligned (1)',
        '60.8 Aligned (5)',
        '−10.2',
      ]),
    ).toBeNull();
    execFileSync('pdftoppm', ['-png', '-r', '60', '-f', String(at + 1), '-l', String(at + 1), file, path.join(outDir, 'example-heads-and-staff')]);
  }, 60_000);

  it('names no head in an anonymous workshop, shows no group of one, and prints no split without both heads and staff', async () => {
    const doc = buildExampleWorkshop();
    const anonymous = buildReport({ ...doc, settings: { ...doc.settings, anonymous: true } }, { today: '2026-11-25' });
    // Each team has one head: their "group" would be that person's own answers.
    expect(anonymous.diagnostic.roleSplits).toEqual([]);
    expect(anonymous.diagnostic.roleSplitsWithheld).toMatch(/^Heads and staff of sales and marketing are not compared: .* at least 3 people/);
    const file = savePdf((await pdf.render(anonymous, 'a4')).pdf, outDir, 'example-anonymous-a4');
    // The heads also own actions and sign the commitments, under their names, as in any workshop:
    // what must not happen is the diagnostic tying a name to a role or to answers.
    const pages = pageTexts(file);
    const diagnostic = pages.slice(pages.findIndex((p) => /^\s*Diagnostic\s*$/m.test(p)), pages.findIndex((p) => p.includes('Recommendations'))).join('\n');
    expect(diagnostic).toContain('Heads and staff of sales and marketing are not compared');
    expect(diagnostic).not.toContain('56.0 Defined (1)');
    const appendix = pages.slice(pages.findIndex((p) => p.includes('Appendix: scores per participant'))).join('\n');
    for (const text of [diagnostic, appendix]) for (const head of ['Daniel Okafor', 'Helen Marsh']) expect(text).not.toContain(head);
    expect(appendix).not.toMatch(/Head of team|\bStaff\b/);
    const noHeads = { ...doc, diagnostic: { ...doc.diagnostic, participants: doc.diagnostic.participants.map((p) => ({ ...p, role: p.role === 'head' ? null : p.role })) } };
    expect(buildReport(noHeads, { today: '2026-11-25' }).diagnostic.roleSplits).toEqual([]);
  }, 60_000);
});
