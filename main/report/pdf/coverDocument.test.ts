// Where in a document definition uncovered characters are found and replaced, and where they are left alone.
import type { TDocumentDefinitions } from 'pdfmake/interfaces';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { coverDocument } from './coverDocument';
import { hasFontFor, simulateBareMachine, useThisMachinesFonts } from './testing/fonts';
import { PLACEHOLDER as P } from './glyphCoverage';

// The placeholder path: Noto Sans only, as on a machine without other fonts (otherScripts.test.ts uses them).
beforeAll(simulateBareMachine);
afterAll(useThisMachinesFonts);

describe('coverDocument', () => {
  it('replaces in strings, text, stacks, columns, lists, tables, table-of-contents titles and SVG text', () => {
    const doc: TDocumentDefinitions = {
      content: [
        'a 🎉',
        { text: ['b 🎉', { text: 'c 会' }] },
        { stack: ['d 🎉'] },
        { columns: [{ text: 'e 🎉', width: '*' }] },
        { ul: ['f 🎉'] },
        { ol: [{ text: 'g 🎉', counter: 3 }] },
        { table: { widths: ['*'], body: [['h 🎉'], [{ text: 'i 🎉', colSpan: 1 }]] } },
        { toc: { title: { text: 'j 🎉' } } },
        { svg: '<svg><text x="1">k 🎉</text></svg>', width: 10 },
      ],
      watermark: { text: 'l 🎉' },
    };
    const { doc: covered, replaced } = coverDocument(doc);
    const json = JSON.stringify(covered);
    expect(json).not.toContain('🎉');
    for (const letter of 'abdefghijkl') expect(json).toContain(`${letter} ${P}`);
    expect(json).toContain(`c ${P}`);
    expect([...replaced]).toEqual(['🎉', '会']);
  });

  it('leaves names, links and images alone, and the caller’s document unchanged', () => {
    const doc: TDocumentDefinitions = {
      content: [{ text: 'Site 🎉', link: 'https://example.com/🎉', style: 'note 🎉' }, { image: 'logo 🎉' }],
      images: { 'logo 🎉': 'data:image/png;base64,AA==' },
    };
    const before = JSON.stringify(doc);
    const { doc: covered } = coverDocument(doc);
    expect(covered.content).toEqual([{ text: `Site ${P}`, link: 'https://example.com/🎉', style: 'note 🎉' }, { image: 'logo 🎉' }]);
    expect(covered.images).toBe(doc.images);
    expect(JSON.stringify(doc)).toBe(before);
  });

  it('covers what dynamic headers and footers return when pdfmake calls them', () => {
    const { doc, replaced } = coverDocument({ content: [], header: (page: number) => ({ text: `${page} 🎉` }) });
    expect(replaced.size).toBe(0);
    expect((doc.header as (page: number) => unknown)(2)).toEqual({ text: `2 ${P}` });
    expect([...replaced]).toEqual(['🎉']);
  });
});

describe.runIf(hasFontFor('zh') && hasFontFor('ar'))('coverDocument with installed fonts', () => {
  beforeAll(useThisMachinesFonts);
  afterAll(simulateBareMachine);

  it('splits text into runs by font, keeping spaces and digits inside a run of Arabic', () => {
    const { doc, replaced } = coverDocument({
      content: ['Head: 王小明', { text: ['Note ', 'مرحبا بكم 12 ok'], bold: true }, { table: { body: [['plain']] } }],
    });
    const [chinese, arabic, table] = doc.content as [{ text: unknown[] }, { text: unknown[]; bold: boolean }, unknown];
    expect(chinese.text).toEqual(['Head: ', { text: '王小明', font: expect.stringContaining('CJK SC') }]);
    expect(arabic.text).toEqual(['Note ', { text: 'مرحبا بكم 12 ', font: expect.stringContaining('Arabic') }, 'ok']);
    expect(arabic.bold).toBe(true);
    expect(table).toEqual({ table: { body: [['plain']] } });
    expect(replaced.size).toBe(0);
  });

  it('still puts the placeholder where no installed font has the character', () => {
    const { doc, replaced } = coverDocument({ content: ['王 🎉'] });
    expect(doc.content).toEqual([{ text: [{ text: '王 ', font: expect.stringContaining('CJK') }, P] }]);
    expect([...replaced]).toEqual(['🎉']);
  });
});
