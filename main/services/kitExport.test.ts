// The diagnostic screen's files through the services: the kit into a folder (Electron) or as two
// downloads (browser), and the answers CSV, which imports back to the same answers.
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ANSWERS_CSV_COLUMNS, parseAnswersCsv } from '../../shared/diagnostic/csvImport';
import { addParticipant } from '../../shared/diagnostic/edits';
import { all } from '../../shared/diagnostic/testing';
import { openConfStore } from '../storage/confStore';
import { tempDataDir } from '../testing/tempDir';
import { createServices, type Services } from './createServices';
import type { Platform } from './platform';

let services: Services | undefined;
afterEach(async () => {
  await services?.close();
  services = undefined;
});

function start(platform?: Platform) {
  services = createServices({ dataDir: tempDataDir(), openStore: openConfStore, log: () => undefined, ...(platform ? { platform } : {}) });
  return services;
}

describe('exportKit', () => {
  it('hands the browser both files to download', async () => {
    const result = await start().exports.exportKit('letter');
    expect(result.ok && result.value.status).toBe('download');
    if (!result.ok || result.value.status !== 'download') return;
    const [pdf, csv] = result.value.files;
    expect(pdf).toMatchObject({ fileName: 'diagnostic-questionnaire-letter.pdf', mime: 'application/pdf' });
    expect(Buffer.from(pdf!.base64, 'base64').subarray(0, 5).toString()).toBe('%PDF-');
    expect(csv).toMatchObject({ fileName: 'diagnostic-answers-template.csv', mime: 'text/csv' });
    expect(Buffer.from(csv!.base64, 'base64').toString('utf8')).toBe(`\uFEFF${ANSWERS_CSV_COLUMNS.join(',')}\r\n`);
  }, 60_000);

  it('saves both files into the folder chosen in Electron, and they may then be shown in their folder', async () => {
    const folder = tempDataDir();
    const s = start({ chooseFolder: async () => folder, showInFolder: () => undefined });
    const result = await s.exports.exportKit('a4');
    expect(result).toEqual({
      ok: true,
      value: { status: 'saved', folder, paths: [path.join(folder, 'diagnostic-questionnaire-a4.pdf'), path.join(folder, 'diagnostic-answers-template.csv')] },
    });
    expect(fs.readdirSync(folder).sort()).toEqual(['diagnostic-answers-template.csv', 'diagnostic-questionnaire-a4.pdf']);
    expect((await s.exports.reveal(path.join(folder, 'diagnostic-questionnaire-a4.pdf'), 'folder')).ok).toBe(true);
  }, 60_000);

  it('writes nothing when the folder choice is cancelled, and says so when the folder refuses the files', async () => {
    expect(await start({ chooseFolder: async () => null }).exports.exportKit('a4')).toEqual({ ok: true, value: { status: 'cancelled' } });
    await services!.close();
    const folder = tempDataDir();
    fs.mkdirSync(path.join(folder, 'diagnostic-answers-template.csv'));
    const result = await start({ chooseFolder: async () => folder }).exports.exportKit('a4');
    expect(!result.ok && result.error.message).toMatch(/^The kit could not be saved in .* \(E[A-Z]+\)\. Choose another folder\.$/);
  }, 60_000);
});

describe('the answers CSV export', () => {
  it('imports back to the same participants, teams, roles and answers', async () => {
    const s = start();
    const created = s.workshops.create({ title: 'Roles', client: '', date: '', facilitator: '' });
    expect(created.ok).toBe(true);
    if (!created.ok) return;
    const doc = created.value;
    let diagnostic = addParticipant(doc.diagnostic, { id: 'a', name: 'Zoë, "the head"\nof sales', team: 'sales', role: 'head', answers: all(4) });
    diagnostic = addParticipant(diagnostic, { id: 'b', name: '', team: 'marketing', answers: [null, ...all(2).slice(1)] });
    const saved = s.workshops.saveOpen({ ...doc, diagnostic }, doc.updatedAt);
    expect(saved.ok).toBe(true);
    const result = await s.exports.exportWorkshop({ id: doc.id, format: 'answers-csv', paperSize: 'a4', allowPlaceholders: false });
    expect(result.ok && result.value.status).toBe('download');
    if (!result.ok || result.value.status !== 'download') return;
    expect(result.value.fileName).toBe('roles-answers.csv');
    const parsed = parseAnswersCsv(Buffer.from(result.value.base64, 'base64').toString('utf8'));
    expect(parsed.ok && parsed.rows.map(({ participant, team, role, answers }) => ({ name: participant, team, role, answers }))).toEqual(
      diagnostic.participants.map(({ name, team, role, answers }) => ({ name, team, role, answers })),
    );
  });
});
