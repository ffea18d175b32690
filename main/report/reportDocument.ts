// The PDF action plan as pdfmake content, built from the report model (the same model the summary
// screen shows). Function-free, so it can be handed to the rendering worker; page size, running
// header and page numbers are added there from the title and paper size. Each section lives in
// sections/; this file only puts them in order.
import type { Content, StyleDictionary } from 'pdfmake/interfaces';
import type { ReportModel } from '../../shared/report/model';
import type { PaperSize } from '../../shared/settings/schema';
import { withBookmarks } from './pdf/bookmarks';
import { fixStarColumns } from './pdf/columnWidths';
import { keepHeadingsWithNext } from './pdf/keepWithNext';
import { landscapeContentBox } from './pdf/pageFurniture';
import { actions } from './sections/actions';
import { appendix } from './sections/appendix';
import { ACCENT, MUTED } from './sections/blocks';
import { commitments, nextSteps } from './sections/commitments';
import { cover } from './sections/cover';
import { diagnostic } from './sections/diagnostic';
import { gaps } from './sections/gaps';
import { handoffs } from './sections/handoff';
import { messaging } from './sections/messaging';
import { method } from './sections/method';
import { sinceLastTime } from './sections/sinceLastTime';
import { summary } from './sections/summary';
import { themes } from './sections/themes';
import { wallPlan } from './sections/wallPlan';
import { recommendations } from './sections/recommendations';

export interface ReportLayout {
  paperSize: PaperSize;
  /** The text column, in points. */
  width: number;
  height: number;
  /** Leave the notes appendix to the notes CSV (the report says so). */
  notesInCsv: boolean;
}

export function reportContent(model: ReportModel, layout: ReportLayout): Content[] {
  const sections = withBookmarks([
    ...cover(model),
    ...summary(model, layout.width),
    ...diagnostic(model, layout),
    ...sinceLastTime(model, layout),
    ...recommendations(model),
    ...gaps(model),
    ...themes(model),
    ...handoffs(model),
    ...messaging(model),
    ...actions(model, layout.width),
    ...wallPlan(model, landscapeContentBox(layout.paperSize)),
    ...commitments(model),
    ...nextSteps(model),
    ...appendix(model, layout),
    ...method(model),
  ]);
  return keepHeadingsWithNext(fixStarColumns(sections, layout.width));
}

export const reportStyles: StyleDictionary = {
  h1: { fontSize: 16, bold: true, color: ACCENT, margin: [0, 14, 0, 6] },
  h2: { fontSize: 12, bold: true, margin: [0, 10, 0, 4] },
  th: { bold: true, fontSize: 9, color: MUTED },
  lead: { fontSize: 12, margin: [0, 0, 0, 10] },
  small: { fontSize: 8.5, color: MUTED, margin: [0, 2, 0, 6] },
  warning: { bold: true, color: '#8a4b00', margin: [0, 0, 0, 8] },
  kicker: { fontSize: 12, color: ACCENT, bold: true },
  coverTitle: { fontSize: 30, bold: true },
  coverSubtitle: { fontSize: 18, color: MUTED },
};
