// How the room screen is laid out: the smallest text it may use, and the grid a board's areas take.

/**
 * The smallest text on the room screen, as a share of the screen's height: 1/30, i.e. 24 px on a
 * 1280×720 projector and 36 px at 1920×1080 (the same size on the wall). Why: a back row at five
 * image heights (a 1.5 m image seen from 7.5 m) sees 24 px text, whose capitals are about 17 px or
 * 1/42 of the image, under about 16 minutes of arc, the minimum character height ANSI/HFES 100
 * gives for legible text (20–22 preferred, which the larger default sizes meet).
 */
export const MIN_TEXT_SHARE_OF_HEIGHT = 1 / 30;
/** Board text starts this large and shrinks towards the minimum until the board fits. */
export const MAX_TEXT_SHARE_OF_HEIGHT = 1 / 18;

export interface Grid {
  columns: number;
  rows: number;
}

/**
 * Columns and rows for `areas` areas on a screen of `width` × `height`: the grid whose cells are
 * largest, judged by their width or by 1.3 times their height, whichever is smaller, because
 * notes read best in cells a little wider than tall. Ties go to fewer columns (longer lines).
 */
export function areaGrid(areas: number, width: number, height: number): Grid {
  if (areas <= 1) return { columns: 1, rows: 1 };
  let best: Grid = { columns: 1, rows: areas };
  let bestSize = -1;
  for (let columns = 1; columns <= areas; columns++) {
    const rows = Math.ceil(areas / columns);
    const size = Math.min(width / columns, (1.3 * height) / rows);
    if (size > bestSize + 1e-9) {
      best = { columns, rows };
      bestSize = size;
    }
  }
  return best;
}
