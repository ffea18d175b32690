// Themes and notes from each activity's board, area by area, most votes first.
import type { Content, TableCell } from 'pdfmake/interfaces';
import type { BoardItem, ReportModel } from '../../../shared/report/model';
import { itemKey, quote, shortened } from '../../../shared/report/reportItems';
import { heading, MUTED, paragraph, table, withContinuation } from './blocks';

/** A theme row quotes its first notes; every note is in the appendix (or the notes CSV) in full. */
const NOTES_PER_THEME = 5;
const NOTE_QUOTE_LENGTH = 160;

function themeCell(item: BoardItem): TableCell {
  const notes = item.notes ?? [];
  const shown = notes.slice(0, NOTES_PER_THEME).map((note) => quote(note, NOTE_QUOTE_LENGTH));
  const more = notes.length - shown.length;
  const noteLine = [...shown, ...(more > 0 ? [`and ${more} more note${more === 1 ? '' : 's'}`] : [])].join(' · ');
  return { stack: [{ text: `Theme: ${item.label}`, bold: true }, ...(noteLine ? [{ text: noteLine, fontSize: 8.5, color: MUTED }] : [])] };
}

export function themes(model: ReportModel): Content[] {
  if (model.boards.length === 0) return [];
  return [
    heading('Themes from each activity'),
    ...model.boards.flatMap((board, b) => {
      const voted = board.areas.some((area) => area.items.some((item) => item.votes > 0));
      const rows = board.areas.flatMap((area, a) =>
        area.items.map((item, i) => ({
          key: itemKey.boardItem(b, a, i),
          area: `${shortened(board.activity, 40)}: ${area.title}`,
          cells: [
            i === 0 ? { text: area.title, bold: true } : '',
            item.kind === 'theme' ? themeCell(item) : `${item.label}${item.team ? ` (${item.team})` : ''}`,
            ...(voted ? [String(item.votes)] : []),
          ] as TableCell[],
        })),
      );
      return [
        heading(board.activity, 2),
        ...(board.hiddenNotes > 0 ? [paragraph(`${board.hiddenNotes} private note(s) were never revealed and are not included.`, 'small')] : []),
        ...(voted ? [] : [paragraph('No votes were cast on this board.', 'small')]),
        table(
          ['Area', 'Theme or note', ...(voted ? ['Votes'] : [])],
          // A page that starts inside an area says so in its header ("…: Budget (continued)").
          rows.map((row) => row.cells.map((cell) => withContinuation(row.area, cell))),
          voted ? [100, '*', 36] : [100, '*'],
          rows.map((row) => row.key),
        ),
      ];
    }),
  ];
}
