// The command line as a script would use it: `npx baton score file.csv --json`.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { projectRoot } from './support/browserMode';

const bin = path.join(projectRoot, 'bin', 'baton.mjs');
const header = ['participant', 'team', ...Array.from({ length: 20 }, (_, i) => `s${i + 1}`)].join(',');

test('scores a CSV and prints the JSON shape; a bad file exits 2 with nothing on stdout', async () => {
  const testInfo = test.info();
  const good = testInfo.outputPath('answers.csv');
  fs.writeFileSync(good, `${header}\nAnn,sales,${'3,'.repeat(19)}3\nCy,marketing,${'4,'.repeat(19)}4\n`);
  const ok = spawnSync(process.execPath, [bin, 'score', good, '--json'], { encoding: 'utf8' });
  expect(ok.status).toBe(0);
  const json = JSON.parse(ok.stdout);
  expect(json.overall).toEqual({ mean: 70, level: 'Aligned', warning: null });
  expect(json.gaps).toHaveLength(20);

  const bad = testInfo.outputPath('bad.csv');
  fs.writeFileSync(bad, `${header}\nAnn,sales,${'3,'.repeat(6)}9,${'3,'.repeat(12)}3\n`);
  const failed = spawnSync(process.execPath, [bin, 'score', bad, '--json'], { encoding: 'utf8' });
  expect(failed.status).toBe(2);
  expect(failed.stdout).toBe('');
  expect(failed.stderr).toContain('line 2, s7: must be a whole number 1–5, got "9"');
});

test('writes the pre-workshop kit with the built PDF worker; a folder that is not there exits 2', async () => {
  const folder = test.info().outputPath('kit');
  fs.mkdirSync(folder, { recursive: true });
  const ok = spawnSync(process.execPath, [bin, 'kit', '--out', folder, '--paper', 'letter'], { encoding: 'utf8' });
  expect(ok.stderr).toBe('');
  expect(ok.status).toBe(0);
  expect(fs.readdirSync(folder).sort()).toEqual(['diagnostic-answers-template.csv', 'diagnostic-questionnaire-letter.pdf']);
  const text = spawnSync('pdftotext', ['-layout', path.join(folder, 'diagnostic-questionnaire-letter.pdf'), '-'], { encoding: 'utf8' }).stdout;
  expect(text).toContain('Sales and marketing alignment: questionnaire');
  // A sheet typed under the template's header scores like any answers file.
  const answers = path.join(folder, 'answers.csv');
  fs.writeFileSync(answers, `${fs.readFileSync(path.join(folder, 'diagnostic-answers-template.csv'), 'utf8')}Ann,sales,head,${'3,'.repeat(19)}3\n`);
  const scored = spawnSync(process.execPath, [bin, 'score', answers, '--json'], { encoding: 'utf8' });
  expect(scored.status).toBe(0);
  expect(JSON.parse(scored.stdout).teams.sales).toEqual({ n: 1, mean: 60, level: 'Aligned' });

  const missing = spawnSync(process.execPath, [bin, 'kit', '--out', path.join(folder, 'nowhere')], { encoding: 'utf8' });
  expect(missing.status).toBe(2);
  expect(missing.stdout).toBe('');
  expect(missing.stderr).toContain('nowhere: no such folder.');
});
