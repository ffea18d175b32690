// The cover page: title, client, date, facilitator.
import type { Content } from 'pdfmake/interfaces';
import type { ReportModel } from '../../../shared/report/model';
import { MUTED } from './blocks';

// The cover stays one page at any allowed length (a 200-character title, client and facilitator):
// a long title is set smaller and starts higher.
function titleSize(title: string): { fontSize: number; top: number } {
  if (title.length <= 60) return { fontSize: 30, top: 140 };
  if (title.length <= 120) return { fontSize: 24, top: 100 };
  return { fontSize: 20, top: 60 };
}

export function cover(model: ReportModel): Content[] {
  const { fontSize, top } = titleSize(model.title);
  return [
    { text: 'Sales and marketing alignment', style: 'kicker', margin: [0, top, 0, 8] },
    { text: model.title, style: 'coverTitle', fontSize },
    { text: 'Action plan', style: 'coverSubtitle', margin: [0, 6, 0, 40] },
    {
      table: {
        widths: [110, '*'],
        body: [
          ['Client', model.client || '—'],
          ['Workshop date', model.date || '—'],
          ['Facilitator', model.facilitator || '—'],
          ['Report generated', model.generatedOn],
        ].map(([k, v]) => [{ text: k!, color: MUTED }, { text: v!, bold: true }]),
      },
      layout: 'noBorders',
    },
    { text: '', pageBreak: 'after' },
  ];
}
