// Recommendations, right after the diagnostic they come from: the target level with the advisor's
// reasons, then each recommendation with the figures behind it and the actions taken from it.
import type { Content } from 'pdfmake/interfaces';
import { STEP_LABELS } from '../../../shared/diagnostic/playbook';
import type { ReportModel } from '../../../shared/report/model';
import { itemKey } from '../../../shared/report/reportItems';
import { actionList, targetSentence } from '../../../shared/report/summaryFacts';
import { ACCENT, heading, keyed, MUTED, paragraph } from './blocks';

export function recommendations(model: ReportModel): Content[] {
  const { target } = model.summary;
  const recs = model.recommendations;
  return [
    heading('Recommendations'),
    { text: [{ text: 'Target level: ', bold: true }, targetSentence(target), '.'], margin: [0, 0, 0, 4] },
    ...(target.rationale.length ? [{ text: [{ text: 'The advisor’s reasons: ', color: MUTED }, target.rationale.join(' ')], fontSize: 9.5, margin: [0, 0, 0, 8] } as Content] : []),
    recs.length === 0
      ? paragraph('Recommendations follow once both teams have diagnostic results.')
      : {
          ol: recs.map((r) => keyed(itemKey.recommendation(r), {
            stack: [
              { text: `${r.title} (${STEP_LABELS[r.step]})`, bold: true },
              { text: r.detail },
              { text: `Why: ${r.rationale}`, color: MUTED, fontSize: 9 },
              r.actions.length
                ? { text: `In the plan as ${actionList(r.actions)}.`, bold: true, color: ACCENT, fontSize: 9.5 }
                : { text: 'Not taken into the action plan.', color: MUTED, fontSize: 9 },
            ],
            margin: [0, 0, 0, 5],
          } as Content)),
        },
  ];
}
