// An action carried over in the review of the last plan says where it came from in the PDF's
// action plan, as on screen: "Carried over from <earlier workshop> (<date>)".
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createActivity } from '../../shared/agenda/edits';
import { buildReport } from '../../shared/report/buildReport';
import { reportTestWorkshop } from '../../shared/report/testing';
import { bringInPlan, setReviewOutcome } from '../../shared/review/edits';
import { pageTexts, savePdf } from './pdf/testing/poppler';
import { createReportPdf } from './reportPdf';

const pdf = createReportPdf();
afterAll(() => pdf.close());

describe('a carried-over action in the PDF', () => {
  it('is in the action plan with its origin', async () => {
    const earlier = reportTestWorkshop({ overrides: { id: 'earlier-00000001', title: 'Spring kickoff', date: '2026-03-10' } });
    const later = reportTestWorkshop({ overrides: { id: 'later-000000001', title: 'Autumn re-check', actions: [], earlierWorkshopId: earlier.id } });
    const review = { ...createActivity('plan-review', () => 'review-1'), review: bringInPlan(null, earlier) };
    let doc = { ...later, agenda: [...later.agenda, review] };
    doc = setReviewOutcome(doc, 'review-1', 'a2', 'carried-over', () => 'carried-1');
    const model = buildReport(doc, { today: '2026-11-25' });
    expect(model.actions.map((a) => [a.title, a.origin])).toEqual([['Agree lead definitions', expect.stringMatching(/^Carried over from Spring kickoff \(.*2026\)$/)]]);
    const { pdf: bytes } = await pdf.render(model, 'a4');
    const text = pageTexts(savePdf(bytes, path.resolve('test-results/report-pdf'), 'carried-over')).join('\n').replace(/\s+/g, ' ');
    expect(text).toContain('Agree lead definitions');
    expect(text).toContain(model.actions[0]!.origin);
  });
});
