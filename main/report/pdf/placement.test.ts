// The layout check finds what pdfmake silently leaves off the pages, and only that.
import type { Content } from 'pdfmake/interfaces';
import { describe, expect, it } from 'vitest';
import { renderPdf } from './renderPdf';

const long = (words: number, word = 'word') => Array.from({ length: words }, (_, i) => `${word}${i}`).join(' ');
const svg = (height: number) => `<svg xmlns="http://www.w3.org/2000/svg" width="400" height="${height}"><rect width="400" height="${height}" fill="#ccc"/></svg>`;

async function placementOf(content: Content) {
  const { placement } = await renderPdf({ pageSize: 'A4', content });
  return placement;
}

describe('the placement check', () => {
  it('finds everything of an ordinary document placed', async () => {
    const placement = await placementOf([
      { text: 'Title', placeKey: 'title' } as Content,
      { stack: [long(3000), { svg: svg(200) }], placeKey: 'body' } as Content,
      { table: { headerRows: 1, body: [['Head', 'Other'], [long(2000), 'x']] }, placeKey: 'table' } as Content,
    ]);
    expect(placement.seen.sort()).toEqual(['body', 'table', 'title']);
    expect(placement.incomplete).toEqual([]);
    expect(placement.unplaced).toEqual([]);
  });

  it('names an unbreakable block taller than a page, which pdfmake cuts off', async () => {
    const placement = await placementOf([
      { text: 'Before' },
      { stack: [long(3000, 'lost')], unbreakable: true, placeKey: 'note:7' } as Content,
      { stack: [long(3000, 'cut')], unbreakable: true },
    ]);
    expect(placement.incomplete).toEqual(['note:7']);
    expect(placement.unplaced).toHaveLength(1);
    expect(placement.unplaced[0]).toMatch(/^the text “cut0 cut1 .*…”$/);
  });

  it('names a table row under dontBreakRows taller than a page', async () => {
    const placement = await placementOf({
      table: { headerRows: 1, dontBreakRows: true, body: [['Action'], [{ text: long(3000), placeKey: 'action:a1' }], [{ text: 'short', placeKey: 'action:a2' }]] },
    } as Content);
    expect(placement.incomplete).toEqual(['action:a1']);
  });

  it('names a chart taller than a page', async () => {
    const placement = await placementOf([{ svg: svg(2000), width: 400, placeKey: 'chart:statements' } as Content]);
    expect(placement.incomplete).toEqual(['chart:statements']);
  });

  it('names text pushed off the edge of the page by a column widened for one long word', async () => {
    const placement = await placementOf({
      table: { widths: [16, '*', 90, 90], body: [['1', 'x'.repeat(120), { text: 'off the page', placeKey: 'action:a1' }, 'z']] },
    } as Content);
    expect(placement.incomplete).toEqual(['action:a1']);
  });
});
