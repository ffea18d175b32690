// Keeps the shipped example workshop file in step with its builder (UPDATE_EXAMPLE=1 rewrites it) and checks it shows what it is meant to show.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { standardAgenda } from '../../shared/agenda/standardAgenda';
import { analyseDiagnostic } from '../../shared/diagnostic/analysis';
import { PLAYBOOK } from '../../shared/diagnostic/playbook';
import { parseWorkshopFile, workshopFileContent } from '../../shared/files/workshopFile';
import { buildReport } from '../../shared/report/buildReport';
import { workshopDocumentSchema } from '../../shared/workshop/schema';
import { EXAMPLE_FILE_NAME, buildExampleWorkshop } from '../../tests/fixtures/exampleWorkshop';

const FILE = fileURLToPath(new URL(`../../assets/examples/${EXAMPLE_FILE_NAME}`, import.meta.url));
const UPDATE = process.env.UPDATE_EXAMPLE === '1';
const doc = buildExampleWorkshop();
const expected = workshopFileContent(doc);

beforeAll(() => {
  if (!UPDATE) return;
  fs.mkdirSync(path.dirname(FILE), { recursive: true });
  fs.writeFileSync(FILE, expected);
});

const readFile = () => (fs.existsSync(FILE) ? fs.readFileSync(FILE, 'utf8') : '');

describe('the example workshop file', () => {
  it('is exactly what the builder gives (regenerate with UPDATE_EXAMPLE=1 after a schema change)', () => {
    expect(fs.existsSync(FILE), `${FILE} is missing: run UPDATE_EXAMPLE=1 npx vitest run main/report/exampleWorkshop.test.ts`).toBe(true);
    expect(readFile()).toBe(expected);
  });

  it('imports as a workshop', () => {
    const result = parseWorkshopFile(readFile(), EXAMPLE_FILE_NAME);
    expect(result).toEqual({ ok: true, value: doc });
  });
});

describe('the example workshop document', () => {
  it('is the same on every build and passes the schema unchanged', () => {
    expect(buildExampleWorkshop()).toEqual(doc);
    expect(workshopDocumentSchema.parse(doc)).toEqual(doc);
  });

  it('follows the standard agenda, with action planning running and every timer paused', () => {
    let n = 0;
    expect(doc.agenda.map((a) => a.kind)).toEqual(standardAgenda(() => `id-${++n}`).map((a) => a.kind));
    const current = doc.agenda.find((a) => a.id === doc.runtime.currentActivityId);
    expect(current?.kind).toBe('action-planning');
    expect(doc.agenda.filter((a) => a.status !== 'done')).toEqual([current]);
    expect(current?.status).toBe('running');
    for (const activity of doc.agenda) {
      const timer = doc.runtime.timers[activity.id];
      expect(timer, activity.title).toBeDefined();
      expect(timer!.startedAt).toBeNull();
      expect(timer!.elapsedMs).toBeGreaterThan(0);
    }
  });

  it('fills every board, respects the vote budget and keeps themes with their notes', () => {
    const boards = doc.agenda.filter((a) => a.board);
    expect(boards.map((a) => a.kind)).toEqual(['perceptions', 'friction', 'handoff', 'messaging']);
    for (const { title, kind, board } of boards) {
      const { notes, areas, ballots, themes, voteBudget, picks } = board!;
      expect(notes.length, title).toBeGreaterThanOrEqual(6);
      expect(notes.length, title).toBeLessThanOrEqual(15);
      const noteIds = new Set(notes.map((n) => n.id));
      for (const b of ballots) {
        expect(b.votes.length, b.label).toBeLessThanOrEqual(voteBudget);
        for (const id of b.votes) expect(noteIds.has(id), id).toBe(true);
      }
      for (const note of notes.filter((n) => n.themeId)) {
        expect(themes.find((t) => t.id === note.themeId)?.areaId, note.id).toBe(note.areaId);
      }
      for (const [areaId, noteId] of Object.entries(picks)) expect(notes.find((n) => n.id === noteId)?.areaId).toBe(areaId);
      // The friction map leaves quiet areas empty; every other board has notes in each area.
      if (kind !== 'friction') {
        const used = new Set(notes.map((n) => n.areaId));
        expect(areas.filter((a) => !used.has(a.id)), title).toEqual([]);
      }
    }
    const friction = boards.find((a) => a.kind === 'friction')!.board!;
    expect(friction.ballots.length).toBeGreaterThanOrEqual(8);
    expect(friction.themes.length).toBeGreaterThanOrEqual(2);
    const handoff = doc.agenda.find((a) => a.kind === 'handoff')!.handoff!;
    expect(handoff.stages.every((s) => s.marketing && s.sales && s.owner)).toBe(true);
    expect(handoff.stages.filter((s) => s.exchangeZone)).toHaveLength(2);
    expect(handoff.followUpHours).toBe(24);
    // Diacritics for the PDF's fonts to show.
    expect(boards.some((a) => a.board!.notes.some((n) => /[äöüßłóśźżąę]/i.test(n.text)))).toBe(true);
  });

  it('has sales and marketing seeing the relationship differently', () => {
    const { result, target, recommendations } = analyseDiagnostic(doc.diagnostic);
    expect(result.teams.sales?.level).toBe('Defined');
    expect(result.teams.marketing?.level).toBe('Aligned');
    expect(result.overall.level).toBe('Defined');
    expect(result.gaps.length).toBeGreaterThanOrEqual(3);
    expect(result.splits.length).toBeGreaterThanOrEqual(1);
    expect(result.participants.filter((p) => !p.counted)).toHaveLength(1);
    expect(result.participants.filter((p) => p.prorated).length).toBeGreaterThanOrEqual(1);
    expect(result.participants.map((p) => p.label)).toContain('Sales 3');
    expect(target).toBe('Aligned');
    expect(recommendations.length).toBeGreaterThan(0);
  });

  it('plans actions whose sources are real themes, recommendations and flagged gaps', () => {
    const { result, recommendations } = analyseDiagnostic(doc.diagnostic);
    expect(doc.actions.length).toBeGreaterThanOrEqual(8);
    expect(doc.actions.filter((a) => a.status === 'in-progress')).toHaveLength(1);
    const kinds = new Set(doc.actions.map((a) => a.source.kind));
    expect([...kinds].sort()).toEqual(['gap', 'recommendation', 'theme']);
    for (const action of doc.actions) {
      expect(action.owner && action.metric && action.description, action.title).toBeTruthy();
      expect(action.due >= '2026-11-01' && action.due <= '2027-03-31', action.title).toBe(true);
      const source = action.source;
      if (source.kind === 'theme') {
        const board = doc.agenda.find((a) => a.id === source.activityId)?.board;
        expect(board?.themes.some((t) => t.id === source.itemId), action.title).toBe(true);
      } else if (source.kind === 'recommendation') {
        expect(PLAYBOOK.some((p) => p.id === source.id), source.id).toBe(true);
        expect(recommendations.some((r) => r.id === source.id), source.id).toBe(true);
      } else if (source.kind === 'gap') {
        expect(result.gaps.some((g) => g.statement === source.statement), action.title).toBe(true);
      }
    }
    expect(doc.commitments.sales.head && doc.commitments.sales.statement).toBeTruthy();
    expect(doc.commitments.marketing.head && doc.commitments.marketing.statement).toBeTruthy();
  });

  it('makes a full report: top themes, top actions and a messaging platform', () => {
    const report = buildReport(doc, { today: doc.date });
    expect(report.summary.topThemes.length).toBeGreaterThan(0);
    expect(report.summary.topThemes[0]?.kind).toBe('theme');
    expect(report.summary.topActions.length).toBeGreaterThan(0);
    expect(report.actions.some((a) => a.pastDue)).toBe(false);
    const [messaging] = report.messaging;
    expect(messaging?.platform).toHaveLength(4);
    expect(messaging!.platform.every((p) => p.text !== '')).toBe(true);
    expect(messaging!.platform.map((p) => p.basis)).toContain('chosen by the room');
    expect(report.handoffs).toHaveLength(1);
    expect(report.diagnostic.notCounted).toEqual(['Tom Reilly (12/20)']);
  });
});
