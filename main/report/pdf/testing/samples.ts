// Text in the scripts a workshop may hold (what Noto Sans draws, and what it cannot), and jobs using it.
import type { Content } from 'pdfmake/interfaces';
import type { PaperSize } from '../../../../shared/settings/schema';
import type { PdfJob } from '../renderPdf';

export const coveredSamples = {
  polish: 'Zażółć gęślą jaźń',
  german: 'Größe Übermaß',
  czech: 'Příliš žluťoučký kůň úpěl ďábelské ódy',
  french: 'Où est l’œuvre reçue à Noël ? Ça déçoit, Æsop !',
  spanish: '¿Dónde está el niño? ¡Añádelo ya!',
  nordic: 'Blåbærsyltetøj, Þórður og Ålesund',
  greek: 'Καλημέρα κόσμε',
  cyrillic: 'Съешь же ещё этих мягких французских булок',
};

/** Each text with the graphemes the font lacks, one per placeholder. */
export const uncoveredSamples = {
  party: { text: 'Team spirit 🎉', graphemes: ['🎉'] },
  thumbsUp: { text: '👍🏽', graphemes: ['👍🏽'] },
  family: { text: 'Family: 👨‍👩‍👧‍👦 and 👩‍👩‍👦', graphemes: ['👨‍👩‍👧‍👦', '👩‍👩‍👦'] },
  heart: { text: 'Thanks ❤️', graphemes: ['❤️'] },
  cjk: { text: '会议', graphemes: ['会', '议'] },
  arabic: { text: 'مرحبا', graphemes: ['م', 'ر', 'ح', 'ب', 'ا'] },
};

export const title = 'Sales × Marketing alignment — Kraków';

/** Every sample, in the kinds of node pdfmake draws text from; page 2 only says where it is. */
export function allScriptsJob(paperSize: PaperSize): PdfJob {
  const covered = Object.values(coveredSamples);
  const uncovered = Object.values(uncoveredSamples).map((sample) => sample.text);
  const content: Content = [
    { text: 'Every script', fontSize: 16, bold: true, margin: [0, 0, 0, 8] },
    ...covered.slice(0, 3),
    { stack: covered.slice(3, 5) },
    { ul: covered.slice(5, 7) },
    { ol: [{ text: covered[7]!, italics: true }] },
    { table: { body: [[uncovered[0]!, uncovered[1]!], [{ text: uncovered[2]! }, uncovered[3]!]] }, margin: [0, 8] },
    { columns: [uncovered[4]!, { text: [uncovered[5]!, ' end'] }] },
    { text: 'Second page', pageBreak: 'before' },
  ];
  return { title, paperSize, doc: { content } };
}

/** Long enough (about 40 pages) to still be rendering when a test stops it. */
export function longJob(rows = 1500): PdfJob {
  const body = Array.from({ length: rows }, (_, i) => [`Action ${i + 1}`, coveredSamples.polish, coveredSamples.greek]);
  return { title, paperSize: 'a4', doc: { content: [{ table: { headerRows: 0, body } }] } };
}
