// Each head's commitment with a line to sign, and the next steps after the workshop.
import type { Content } from 'pdfmake/interfaces';
import type { ReportModel } from '../../../shared/report/model';
import { itemKey } from '../../../shared/report/reportItems';
import { heading, keyed, paragraph } from './blocks';

export function commitments(model: ReportModel): Content[] {
  return [
    heading('Commitments and sign-off'),
    ...model.commitments.map((c) => ({
      // A sign-off block stays whole: the longest head's name and statement fill half a page.
      unbreakable: true,
      placeKey: itemKey.commitment(c),
      stack: [
        { text: `Head of ${c.team.toLowerCase()}${c.head ? `: ${c.head}` : ''}`, style: 'h2' },
        paragraph(c.statement ? `“${c.statement}”` : 'No commitment recorded.'),
        { text: '\n\nSigned ____________________________________      Date ________________', margin: [0, 6, 0, 18] },
      ],
    })) as Content[],
  ];
}

export function nextSteps(model: ReportModel): Content[] {
  return [heading('Next steps'), { ul: model.nextSteps.items.map((step, i) => keyed(itemKey.nextStep(i), step)), margin: [0, 0, 0, 8] }];
}
