// Proves pdfmake (through svg-to-pdfkit) draws the shared diagnostic charts in Noto Sans, offline.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import pdfmake from 'pdfmake';
import { describe, expect, it } from 'vitest';
import { levelLadderSvg, statementBarsSvg, subscoresSvg } from '../../shared/diagnostic/charts';
import type { Answer, DiagnosticParticipant } from '../../shared/diagnostic/model';
import { scoreDiagnostic } from '../../shared/diagnostic/score';
import { tempDataDir } from '../testing/tempDir';

const notoDir = path.resolve('node_modules/@expo-google-fonts/noto-sans');
const robotoDir = path.resolve('node_modules/pdfmake/fonts/Roboto');

// The body text is Roboto on purpose: Noto Sans can then only reach the PDF through the charts'
// font-family="'Noto Sans', sans-serif", which pdfmake matches against its registered families.
pdfmake.addFonts({
  'Noto Sans': {
    normal: path.join(notoDir, '400Regular/NotoSans_400Regular.ttf'),
    bold: path.join(notoDir, '700Bold/NotoSans_700Bold.ttf'),
  },
  Roboto: {
    normal: path.join(robotoDir, 'Roboto-Regular.ttf'),
    bold: path.join(robotoDir, 'Roboto-Medium.ttf'),
  },
});
pdfmake.setUrlAccessPolicy(() => false);
pdfmake.setLocalAccessPolicy((file) => [notoDir, robotoDir].some((dir) => path.resolve(file).startsWith(dir + path.sep)));

const answers = (...values: number[]) => values as Answer[];
const people: DiagnosticParticipant[] = [
  { id: 's1', name: '', team: 'sales', answers: answers(4, 2, 2, 2, 4, 4, 3, 2, 2, 3, 2, 2, 1, 2, 3, 3, 1, 1, 2, 2) },
  { id: 's2', name: '', team: 'sales', answers: answers(3, 3, 2, 1, 5, 4, 3, 2, 3, 2, 2, 3, 2, 2, 3, 4, 1, 1, 2, 1) },
  { id: 'm1', name: '', team: 'marketing', answers: answers(4, 4, 3, 4, 2, 2, 4, 4, 4, 3, 4, 3, 4, 3, 4, 4, 2, 2, 4, 3) },
  { id: 'm2', name: '', team: 'marketing', answers: answers(5, 4, 4, 4, 3, 3, 4, 3, 4, 4, 4, 4, 3, 4, 5, 4, 1, 2, 3, 4) },
];

function run(command: string, args: string[]): string {
  return execFileSync(command, args, { encoding: 'utf8' });
}

describe('diagnostic charts in pdfmake', () => {
  it('draws all three charts with their words as real text in Noto Sans', async () => {
    const result = scoreDiagnostic(people);
    const width = 515; // A4 portrait between 40 pt margins
    const ladder = levelLadderSvg({ sales: result.teams.sales?.mean, marketing: result.teams.marketing?.mean, overall: result.overall.mean, target: 'Aligned' });
    const doc = {
      pageSize: 'A4' as const,
      pageMargins: 40,
      defaultStyle: { font: 'Roboto', fontSize: 11 },
      content: [
        { text: 'Diagnostic', fontSize: 18, margin: [0, 0, 0, 8] as [number, number, number, number] },
        { svg: ladder, width },
        { svg: subscoresSvg(result, { title: 'Sub-scores' }), width, margin: [0, 16, 0, 0] as [number, number, number, number] },
        { svg: statementBarsSvg(result, { order: 'gap' }), width, pageBreak: 'before' as const },
      ],
    };
    const pdf = await pdfmake.createPdf(doc).getBuffer();

    const dir = tempDataDir();
    const file = path.join(dir, 'charts.pdf');
    fs.writeFileSync(file, pdf);
    const pages = run('pdftotext', ['-layout', file, '-']).split('\f');

    expect(pages[0]).toContain('Integrated');
    expect(pages[0]).toContain('Target: Aligned');
    expect(pages[0]).toContain(`Sales ${result.teams.sales!.mean.toFixed(1)}`);
    expect(pages[0]).toContain('Customer engagement');
    expect(pages[1]).toContain('Results match forecast');
    expect(pages[1]).toContain("Each helps present the other's");
    expect(pages[1]).toMatch(/gap [+−]\d\.\d\d/);

    const fonts = run('pdffonts', [file]);
    expect(fonts).toContain('NotoSans-Regular');
    expect(fonts).toContain('NotoSans-Bold');

    run('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '1', file, path.join(dir, 'page')]);
    const png = fs.readdirSync(dir).find((f) => f.endsWith('.png'));
    expect(png).toBeDefined();
    expect(fs.statSync(path.join(dir, png!)).size).toBeGreaterThan(5_000);
  });
});
