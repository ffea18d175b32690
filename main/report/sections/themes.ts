// Themes and notes from each board activity, area by area.
import type { Content } from 'pdfmake/interfaces';
import type { ReportModel } from '../../../shared/report/model';
import { heading, MUTED, paragraph, table } from './blocks';

export function themes(model: ReportModel): Content[] {
  if (model.boards.length === 0) return [];
  return [
    heading('Themes from each activity'),
    ...model.boards.flatMap((board) => [
      heading(board.activity, 2),
      ...(board.hiddenNotes > 0 ? [paragraph(`${board.hiddenNotes} private note(s) were never revealed and are not included.`, 'small')] : []),
      table(
        ['Area', 'Theme or note', 'Votes'],
        board.areas.flatMap((area) =>
          area.items.map((item, i) => [
            i === 0 ? { text: area.title, bold: true } : '',
            item.kind === 'theme'
              ? { stack: [{ text: `Theme: ${item.label}`, bold: true }, { text: (item.notes ?? []).join(' · '), fontSize: 8.5, color: MUTED }] }
              : `${item.label}${item.team ? ` (${item.team})` : ''}`,
            String(item.votes),
          ]),
        ),
        [100, '*', 36],
      ),
    ]),
  ];
}
