// The cover page: title, client, date, facilitator.
import type { Content } from 'pdfmake/interfaces';
import type { ReportModel } from '../../../shared/report/model';
import { MUTED } from './blocks';

export function cover(model: ReportModel): Content[] {
  return [
    { text: 'Sales and marketing alignment', style: 'kicker', margin: [0, 140, 0, 8] },
    { text: model.title, style: 'coverTitle' },
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
