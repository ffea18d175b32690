// The messaging platform harvested from winning pitches.
import type { Content } from 'pdfmake/interfaces';
import type { ReportModel } from '../../../shared/report/model';
import { itemKey } from '../../../shared/report/reportItems';
import { heading, MUTED, table } from './blocks';

export function messaging(model: ReportModel): Content[] {
  return model.messaging.flatMap((m, mi) => [
    heading(`Messaging platform: ${m.activity}`),
    table(
      ['Element', 'Message', 'Basis'],
      m.platform.map((p) => [{ text: p.area, bold: true }, p.text || '—', { text: p.basis, color: MUTED }]),
      [110, '*', 110],
      m.platform.map((_, pi) => itemKey.platform(mi, pi)),
    ),
  ]);
}
