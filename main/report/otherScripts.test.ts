// Names and notes in Chinese, Japanese, Korean, Arabic, Hebrew, Thai and Hindi print in a font
// installed on the machine, right-to-left text in reading order; with no such font, the placeholder
// and a warning naming the field.
import path from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { buildReport } from '../../shared/report/buildReport';
import { reportTestWorkshop } from '../../shared/report/testing';
import { PLACEHOLDER } from './pdf/glyphCoverage';
import { hasFontFor, scriptSamples, simulateBareMachine, useThisMachinesFonts } from './pdf/testing/fonts';
import { firstPagePng, pageTexts, pageWords, pdfFonts, savePdf, withoutBidiControls } from './pdf/testing/poppler';
import { createReportPdf } from './reportPdf';

const outDir = path.resolve('test-results/report-pdf');
const pdf = createReportPdf();
afterAll(() => pdf.close());

function workshop(head: string, note: string) {
  return reportTestWorkshop({
    extraNotes: [note],
    overrides: { commitments: { sales: { head, statement: 'We follow up every qualified lead within a day.' } } },
  });
}

async function render(head: string, note: string, name: string) {
  const model = buildReport(workshop(head, note), { today: '2026-11-25' });
  const { pdf: bytes, placeholders } = await pdf.render(model, 'a4');
  const file = savePdf(bytes, outDir, name);
  return { file, model, placeholders, text: withoutBidiControls(pageTexts(file).join('\n')) };
}

describe.each(Object.entries(scriptSamples))('a report with %s names and notes', (script, sample) => {
  const installed = hasFontFor(sample.lang);

  const title = installed
    ? "prints the head of sales' name on the sign-off line and the note, in an installed font, with no placeholder"
    : `is skipped: fc-list finds no font for "${sample.lang}" on this machine (CI installs fonts-noto-core and fonts-noto-cjk)`;

  it.runIf(installed)(title, async () => {
    const { file, text, placeholders, model } = await render(sample.head, sample.note, `script-${script}`);
    expect(placeholders).toEqual([]);
    expect(pdf.findUncovered(model)).toEqual([]);
    expect(text).not.toContain(PLACEHOLDER);
    const signOff = text.slice(text.indexOf('Commitments and sign-off'));
    expect(signOff).toContain(sample.head);
    expect(text).toContain(sample.note);
    // Noto Sans for the rest and, for a script it lacks, one more font; every font embedded and subset.
    const fonts = pdfFonts(file).split('\n').slice(2).filter(Boolean);
    expect(fonts.some((line) => line.includes('NotoSans-Regular'))).toBe(true);
    if (!sample.inNotoSans) expect(fonts.some((line) => !/NotoSans-(Regular|Bold|Italic|BoldItalic)\s/.test(line))).toBe(true);
    for (const line of fonts) expect(line).toMatch(/\byes\s+yes\s+yes\b/);
  });
});

describe.runIf(hasFontFor('he') && hasFontFor('ar'))('right-to-left text', () => {
  it('is drawn in reading order: the first word at the right, and English around it in place', async () => {
    const { file } = await render('Head: דוד כהן שלום end', 'Note: محمد عبد 123 and more', 'script-rtl-order');
    // pdftotext -bbox gives each word's glyphs left to right: a right-to-left word comes out reversed.
    const reversed = (word: string) => [...word].reverse().join('');
    /** The words on the line of `anchor`, left to right, from the first of `expected` on. */
    const line = (anchor: string, expected: string[]) => {
      for (const words of pageWords(file)) {
        const at = words.find((w) => w.text === anchor);
        if (!at) continue;
        const texts = words.filter((w) => Math.abs(w.yMin - at.yMin) < 6).sort((a, b) => a.xMin - b.xMin).map((w) => w.text);
        return texts.slice(texts.indexOf(expected[0]!), texts.indexOf(expected[0]!) + expected.length);
      }
      return [];
    };
    const head = ['Head:', reversed('שלום'), reversed('כהן'), reversed('דוד'), 'end'];
    expect(line(reversed('כהן'), head)).toEqual(head);
    const note = ['Note:', '123', reversed('عبد'), reversed('محمد'), 'and', 'more'];
    expect(line(reversed('عبد'), note)).toEqual(note);
  });
});

describe.runIf(hasFontFor('zh') && hasFontFor('ko'))('chart labels', () => {
  it("print an owner's name in Chinese or Korean on the wall plan in an installed font, not the placeholder", async () => {
    const base = reportTestWorkshop();
    const owners = [scriptSamples['chinese']!.head, scriptSamples['korean']!.head];
    const actions = base.actions.map((action, i) => ({ ...action, owner: owners[i % owners.length]!, due: action.due || '2026-12-20' }));
    const { pdf: bytes, placeholders } = await pdf.render(buildReport({ ...base, actions }, { today: '2026-11-25' }), 'a4');
    const file = savePdf(bytes, outDir, 'script-wall-plan');
    const pages = pageTexts(file);
    const wallPlan = pages.find((page) => page.includes('Wall plan') && page.includes('one line per owner'));
    expect(placeholders).toEqual([]);
    expect(wallPlan).toBeDefined();
    expect(wallPlan).not.toContain(PLACEHOLDER);
    for (const owner of owners) expect(wallPlan).toContain(owner);
  });
});

describe('on a machine with no font for these scripts', () => {
  afterEach(useThisMachinesFonts);

  it('prints the placeholder and names the field of each character, before and after rendering', async () => {
    simulateBareMachine();
    const { text, placeholders, model } = await render(scriptSamples['chinese']!.head, scriptSamples['arabic']!.note, 'script-bare-machine');
    expect(text).toContain(PLACEHOLDER.repeat(3));
    const places = placeholders.map((item) => item.where);
    expect(places).toContain('sign-off name of the head of sales');
    expect(places.find((where) => /^note \d+ in ".+" \(.+\)$/.test(where))).toBeDefined();
    expect(placeholders.find((item) => item.where === 'sign-off name of the head of sales')?.characters).toEqual([...scriptSamples['chinese']!.head]);
    expect(pdf.findUncovered(model)).toEqual(placeholders);
  });
});

it('leaves a page with every script to look at', async () => {
  if (!Object.values(scriptSamples).every((sample) => hasFontFor(sample.lang))) return;
  const heads = Object.values(scriptSamples).map((sample) => sample.head);
  const { file } = await render(heads.join(' · '), Object.values(scriptSamples).map((sample) => sample.note).join(' · '), 'script-all');
  firstPagePng(file, outDir, 'script-all-page1', 100);
});
