// Recommendations, right after the diagnostic they come from: the target level with the advisor's
// reasons, then "Where to start" (the few the data points to first, shared/diagnostic/whereToStart)
// and "Further recommendations" (every other one), each with the figures behind it and the actions
// taken from it. Numbering runs on across the two lists, so "recommendation 4" is one thing.
import type { Content } from 'pdfmake/interfaces';
import { STEP_LABELS } from '../../../shared/diagnostic/playbook';
import type { ReportModel, ReportRecommendation } from '../../../shared/report/model';
import { itemKey } from '../../../shared/report/reportItems';
import { actionList, targetSentence } from '../../../shared/report/summaryFacts';
import { ACCENT, heading, keyed, MUTED, paragraph } from './blocks';

function recommendationList(recs: readonly ReportRecommendation[], start: number): Content {
  return {
    start,
    ol: recs.map((r) =>
      keyed(itemKey.recommendation(r), {
        stack: [
          { text: `${r.title} (${STEP_LABELS[r.step]})`, bold: true },
          { text: r.detail },
          { text: `Why: ${r.rationale}`, color: MUTED, fontSize: 9 },
          r.actions.length
            ? { text: `In the plan as ${actionList(r.actions)}.`, bold: true, color: ACCENT, fontSize: 9.5 }
            : { text: 'Not taken into the action plan.', color: MUTED, fontSize: 9 },
        ],
        margin: [0, 0, 0, 5],
      } as Content),
    ),
  } as Content;
}

const note = (text: string): Content => ({ text, color: MUTED, fontSize: 9.5, margin: [0, 0, 0, 6] });

export function recommendations(model: ReportModel): Content[] {
  const { target } = model.summary;
  const first = model.recommendations.filter((r) => r.startHere);
  const further = model.recommendations.filter((r) => !r.startHere);
  return [
    heading('Recommendations'),
    { text: [{ text: 'Target level: ', bold: true }, targetSentence(target), '.'], margin: [0, 0, 0, 4] },
    ...(target.rationale.length ? [{ text: [{ text: 'The advisor’s reasons: ', color: MUTED }, target.rationale.join(' ')], fontSize: 9.5, margin: [0, 0, 0, 8] } as Content] : []),
    ...(model.recommendations.length === 0
      ? [paragraph('Recommendations follow once both teams have diagnostic results.')]
      : [
          heading('Where to start', 2),
          note(
            'What the figures point to first: the gap between how the teams see the relationship when they see it differently, then the steps whose figures fall furthest short of the target.',
          ),
          recommendationList(first, 1),
          ...(further.length
            ? [
                heading('Further recommendations', 2),
                note('The other recommendations, in the order of the steps.'),
                recommendationList(further, first.length + 1),
              ]
            : []),
        ]),
  ];
}
