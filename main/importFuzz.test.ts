// Fuzzing every import path with mutated and hostile files: workshop and template files through the
// real services (the dispatch both shells use) on a temporary data folder, diagnostic CSVs through
// parseAnswersCsv. Nothing may throw, every refusal says what is wrong, no stored byte changes, and
// whatever is accepted can be used.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dayProgress } from '../shared/agenda/timer';
import { parseAnswersCsv } from '../shared/diagnostic/csvImport';
import { STATEMENTS } from '../shared/diagnostic/statements';
import { buildReport } from '../shared/report/buildReport';
import type { Result } from '../shared/result';
import { decodeTextFile } from '../shared/text/decodeTextFile';
import { hasVisibleText } from '../shared/text/plainText';
import { danglingReferenceIssues } from '../shared/workshop/danglingReferences';
import type { WorkshopDocument } from '../shared/workshop/schema';
import { assetsDir } from './assetsDir';
import { createServices } from './services/createServices';
import { createDispatch, type Dispatch } from './services/dispatch';
import { createHandlers } from './services/handlers';
import { openConfStore } from './storage/confStore';

const SEED = Number(process.env.BATON_FUZZ_SEED ?? 20260401);
const HUGE = 3 * 1024 * 1024;

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

// ---------------------------------------------------------------------------------------------
// Building hostile JSON files from a valid one

/** A document being mutated; `raw` holds text spliced in where JSON.stringify cannot go (NaN, deep nesting). */
interface Draft {
  value: Json;
  raw: string[];
  labels: string[];
}

type Path = (string | number)[];

function pathsOf(value: Json, at: Path = [], found: Path[] = []): Path[] {
  found.push(at);
  if (Array.isArray(value)) value.forEach((item, i) => pathsOf(item, [...at, i], found));
  else if (value && typeof value === 'object') for (const key of Object.keys(value)) pathsOf(value[key]!, [...at, key], found);
  return found;
}

function getAt(value: Json, at: Path): Json | undefined {
  let current: Json | undefined = value;
  for (const key of at) current = current && typeof current === 'object' ? (current as Record<string | number, Json>)[key] : undefined;
  return current;
}

/** Defines rather than assigns, so `__proto__` becomes an own key as JSON.parse would make it. */
function define(target: Json, key: string | number, value: Json) {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}

/** Earlier mutations may have replaced or removed the parent; then there is nothing to set. */
function setAt(draft: Draft, at: Path, value: Json) {
  if (at.length === 0) return void (draft.value = value);
  const parent = getAt(draft.value, at.slice(0, -1));
  if (parent !== null && typeof parent === 'object') define(parent, at.at(-1)!, value);
}

function removeAt(draft: Draft, at: Path) {
  if (at.length === 0) return;
  const parent = getAt(draft.value, at.slice(0, -1));
  if (Array.isArray(parent)) parent.splice(Number(at.at(-1)), 1);
  else if (parent && typeof parent === 'object') delete parent[at.at(-1)!];
}

const rawSlot = (draft: Draft, text: string): string => `\u0000raw${draft.raw.push(text) - 1}\u0000`;

function render(draft: Draft): string {
  let text = JSON.stringify(draft.value, null, 2);
  draft.raw.forEach((raw, i) => (text = text.replace(JSON.stringify(`\u0000raw${i}\u0000`), () => raw)));
  return text;
}

const nested = (depth: number, open: string, close: string, inner = '0') => `${open.repeat(depth)}${inner}${close.repeat(depth)}`;

type Mutation = (draft: Draft, paths: Path[]) => void;

/** `value` about once in `n` draws, otherwise null. */
const oneIn = <T>(n: number, value: fc.Arbitrary<T>) => fc.oneof({ weight: n - 1, arbitrary: fc.constant(null) }, { weight: 1, arbitrary: value });

/** Picks one of the document's paths (or its root) by a random number, so any depth can be hit. */
const pick = (paths: Path[], n: number) => paths[n % paths.length]!;
const describePath = (at: Path) => (at.length ? at.join('.') : '(root)');

const wrongValue = fc.constantFrom<Json>(42, -1, 0.5, 1e308, '', 'text', true, false, null, [], {}, [1, 'two'], { a: 1 });
const rawToken = fc.constantFrom('NaN', 'Infinity', '-Infinity', 'undefined', '1e400', '-0', '0x1F', '01', '.5', "'single'", '"\\ud800"', '"\\u0000"');
const pollutionKey = fc.constantFrom('__proto__', 'constructor', 'prototype');
const invisibleText = fc.constantFrom('\u200B', '\u200B\u200B', '\u200C', '\u200D', '\u2060', '\u202E', '\u180E', '\u200B\u2060\u202E', '\uFEFF', ' \u3000 ');
const controlText = fc.constantFrom('\u0000', '\u0007', '\u001B]0;owned\u0007', '\u001B[2J', '\u009B31m', '\u0085', '\r', '\u000C', '\u007F');

function structuralMutation(kind: 'workshop' | 'template'): fc.Arbitrary<Mutation> {
  const at = fc.nat();
  return fc.oneof(
    { weight: 5, arbitrary: fc.tuple(at, wrongValue).map(([n, value]): Mutation => (d, paths) => {
      const p = pick(paths, n);
      d.labels.push(`${describePath(p)} = ${JSON.stringify(value)}`);
      setAt(d, p, value);
    }) },
    { weight: 4, arbitrary: at.map((n): Mutation => (d, paths) => {
      const p = pick(paths, n);
      d.labels.push(`remove ${describePath(p)}`);
      removeAt(d, p);
    }) },
    { weight: 3, arbitrary: fc.tuple(at, pollutionKey, fc.constantFrom<Json>({ polluted: true }, { prototype: { polluted: true } }, 'polluted')).map(
      ([n, key, value]): Mutation => (d, paths) => {
        const objects = paths.filter((p) => { const v = getAt(d.value, p); return v !== null && typeof v === 'object' && !Array.isArray(v); });
        const p = pick(objects.length ? objects : [[]], n);
        d.labels.push(`${describePath([...p, key])} = ${JSON.stringify(value)}`);
        const target = getAt(d.value, p);
        if (target && typeof target === 'object') define(target, key, value);
      },
    ) },
    { weight: 3, arbitrary: fc.tuple(at, rawToken).map(([n, token]): Mutation => (d, paths) => {
      const p = pick(paths, n);
      d.labels.push(`${describePath(p)} = ${token}`);
      setAt(d, p, rawSlot(d, token));
    }) },
    { weight: 2, arbitrary: fc.tuple(at, fc.constantFrom(1_000, 10_000, 100_000), fc.boolean()).map(([n, depth, arrays]): Mutation => (d, paths) => {
      const p = pick(paths, n);
      d.labels.push(`${describePath(p)} nested ${depth} deep`);
      setAt(d, p, rawSlot(d, arrays ? nested(depth, '[', ']') : nested(depth, '{"a":', '}')));
    }) },
    { weight: 2, arbitrary: fc.tuple(at, fc.constantFrom(-1, 1e9, 2 ** 53 + 1, 0.5, -0.0001, 1e21)).map(([n, number]): Mutation => (d, paths) => {
      const numbers = paths.filter((p) => typeof getAt(d.value, p) === 'number');
      const p = pick(numbers.length ? numbers : paths, n);
      d.labels.push(`${describePath(p)} = ${number}`);
      setAt(d, p, number);
    }) },
    { weight: 1, arbitrary: fc.tuple(at, fc.constantFrom('x', '😀', 'é\u0301', '\u202e')).map(([n, unit]): Mutation => (d, paths) => {
      const strings = paths.filter((p) => typeof getAt(d.value, p) === 'string');
      const p = pick(strings.length ? strings : paths, n);
      d.labels.push(`${describePath(p)} = a ${HUGE}-byte string of ${JSON.stringify(unit)}`);
      setAt(d, p, unit.repeat(Math.ceil(HUGE / Buffer.byteLength(unit))));
    }) },
    { weight: 2, arbitrary: at.map((n): Mutation => (d, paths) => {
      // Two entries of one list sharing an id.
      const lists = paths.filter((p) => { const v = getAt(d.value, p); return Array.isArray(v) && v.some((x) => x && typeof x === 'object' && 'id' in (x as object)); });
      if (!lists.length) return;
      const p = pick(lists, n);
      const list = getAt(d.value, p) as Json[];
      d.labels.push(`duplicate id in ${describePath(p)}`);
      list.push(structuredClone(list[0]!));
    }) },
    { weight: 2, arbitrary: fc.tuple(at, fc.constantFrom('constructor', '__proto__', 'toString', 'hasOwnProperty', 'prototype')).map(([n, name]): Mutation => (d, paths) => {
      // Activity and area ids key plain objects (timers, picks): a name every object has would find the inherited member.
      const ids = paths.filter((p) => (p.length === 3 && p[0] === 'agenda' && p[2] === 'id') || (p.at(-3) === 'areas' && p.at(-1) === 'id'));
      const p = pick(ids.length ? ids : [['id']], n);
      d.labels.push(`${describePath(p)} = ${JSON.stringify(name)}`);
      setAt(d, p, name);
    }) },
    { weight: 2, arbitrary: fc.tuple(at, invisibleText).map(([n, text]): Mutation => (d, paths) => {
      // A text a reader sees as empty, where a value may be required (a title, a note, a name).
      const strings = paths.filter((p) => typeof getAt(d.value, p) === 'string' && !String(p.at(-1)).toLowerCase().endsWith('id'));
      const p = pick(strings.length ? strings : [['title']], n);
      d.labels.push(`${describePath(p)} = ${JSON.stringify(text)}`);
      setAt(d, p, text);
    }) },
    { weight: 2, arbitrary: fc.tuple(at, controlText).map(([n, text]): Mutation => (d, paths) => {
      const strings = paths.filter((p) => typeof getAt(d.value, p) === 'string');
      const p = pick(strings.length ? strings : [['title']], n);
      d.labels.push(`${describePath(p)} += ${JSON.stringify(text)}`);
      setAt(d, p, `${String(getAt(d.value, p) ?? '')}${text}`);
    }) },
    { weight: kind === 'workshop' ? 3 : 0, arbitrary: fc.tuple(at, fc.constantFrom('note area', 'note theme', 'theme area', 'ballot vote', 'timer')).map(([n, what]): Mutation => (d, paths) => {
      // A reference to something the file does not have.
      const ends = { 'note area': ['notes', 'areaId'], 'note theme': ['notes', 'themeId'], 'theme area': ['themes', 'areaId'], 'ballot vote': ['ballots', 'votes'] } as const;
      if (what === 'timer') {
        d.labels.push('timer for a missing activity');
        const timers = getAt(d.value, ['runtime', 'timers']);
        if (timers && typeof timers === 'object' && !Array.isArray(timers)) define(timers, 'no-such-activity', { durationMs: 60_000, elapsedMs: 0, startedAt: null });
        return;
      }
      const [list, field] = ends[what];
      const targets = paths.filter((p) => p.at(-3) === list && p.at(-1) === field);
      if (!targets.length) return;
      const p = pick(targets, n);
      d.labels.push(`${describePath(p)} names something missing`);
      setAt(d, p, field === 'votes' ? ['missing-note'] : 'missing-item');
    }) },
    { weight: 2, arbitrary: fc.constantFrom<Json>('template', 'workshop', 'settings', 42, null, ['workshop'], { kind: 'workshop' }).map((value): Mutation => (d) => {
      d.labels.push(`kind = ${JSON.stringify(value)}`);
      setAt(d, ['kind'], value);
    }) },
    { weight: 1, arbitrary: fc.constantFrom(1_000, 100_000).map((depth): Mutation => (d) => {
      d.labels.push(`kind nested ${depth} deep`);
      setAt(d, ['kind'], rawSlot(d, nested(depth, '[', ']', '"workshop"')));
    }) },
    { weight: 2, arbitrary: fc.constantFrom<Json>(0, 2, 999999, '1', 1.5, -1, null).map((value): Mutation => (d) => {
      d.labels.push(`schemaVersion = ${JSON.stringify(value)}`);
      setAt(d, ['schemaVersion'], value);
    }) },
    { weight: kind === 'workshop' ? 3 : 0, arbitrary: fc.constantFrom('long note', 'too many notes', 'long title', 'long participant').map((what): Mutation => (d) => {
      d.labels.push(what);
      // Earlier mutations may have broken the structure; then this one changes nothing.
      const isObject = (v: Json | undefined): v is { [key: string]: Json } => v !== null && typeof v === 'object' && !Array.isArray(v);
      const agenda = getAt(d.value, ['agenda']);
      const board = Array.isArray(agenda)
        ? agenda.map((a) => (isObject(a) ? a.board : undefined)).find((b): b is { notes: Json[] } => isObject(b) && Array.isArray(b.notes) && isObject(b.notes[0]))
        : undefined;
      const participant = getAt(d.value, ['diagnostic', 'participants', 0]);
      if (what === 'long title') setAt(d, ['title'], 'T'.repeat(201));
      else if (what === 'long participant' && isObject(participant)) participant.name = 'P'.repeat(5000);
      else if (what === 'long note' && board) (board.notes[0] as { text: Json }).text = 'n'.repeat(2001);
      else if (what === 'too many notes' && board) {
        const note = board.notes[0] as { [key: string]: Json };
        for (let i = board.notes.length; i <= 5001; i++) board.notes.push({ ...note, id: `fuzz-${i}` });
      }
    }) },
  );
}

/** A file's bytes, as the app gets them from disk or a file picker, and decodes with one rule. */
type FileContent = string | Uint8Array;
type TextMutation = (text: string) => FileContent;

const textMutation: fc.Arbitrary<{ label: string; apply: TextMutation }> = fc.oneof(
  fc.double({ min: 0, max: 1, noNaN: true }).map((at) => ({ label: `truncated at ${Math.round(at * 100)}%`, apply: (t: string) => t.slice(0, Math.floor(t.length * at)) })),
  fc.constantFrom('\uFEFF', '\uFEFF\uFEFF', '\uFFFE').map((bom) => ({ label: `starts with ${JSON.stringify(bom)}`, apply: (t: string) => bom + t })),
  fc.tuple(fc.array(fc.nat(), { minLength: 1, maxLength: 5 }), fc.constantFrom([0xff], [0xc0, 0x80], [0xed, 0xa0, 0x80], [0xe2, 0x82], [0xf8, 0x88, 0x80, 0x80, 0x80], [0x80])).map(([positions, bytes]) => ({
    label: `invalid UTF-8 ${bytes.map((b) => b.toString(16)).join(' ')} at ${positions.length} places`,
    apply: (t: string) => {
      let buffer = Buffer.from(t);
      for (const p of positions) {
        const at = p % (buffer.length + 1);
        buffer = Buffer.concat([buffer.subarray(0, at), Buffer.from(bytes), buffer.subarray(at)]);
      }
      return buffer;
    },
  })),
  fc.constantFrom('UTF-16LE with BOM', 'UTF-16BE with BOM', 'UTF-16LE without BOM', 'UTF-16LE with BOM, odd length', 'UTF-16LE with BOM, lone surrogate').map((label) => ({
    label,
    apply: (t: string): FileContent => {
      const le = Buffer.from(t, 'utf16le');
      if (label === 'UTF-16LE without BOM') return le;
      if (label === 'UTF-16BE with BOM') return Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(le).swap16()]);
      const bom = Buffer.concat([Buffer.from([0xff, 0xfe]), le]);
      if (label.endsWith('odd length')) return bom.subarray(0, bom.length - 1);
      if (label.endsWith('lone surrogate')) return Buffer.concat([bom, Buffer.from([0x00, 0xd8, 0x41, 0x00])]);
      return bom;
    },
  })),
  fc.tuple(fc.nat(), fc.constantFrom('"', '{', '}', ',', '\\', '\u0000', '\n')).map(([p, ch]) => ({ label: `inserted ${JSON.stringify(ch)}`, apply: (t: string) => t.slice(0, p % (t.length + 1)) + ch + t.slice(p % (t.length + 1)) })),
);

const wholeFile: fc.Arbitrary<{ labels: string[]; text: FileContent }> = fc.oneof(
  fc.constantFrom('', ' ', 'null', '[]', '{}', '"workshop"', '42', 'true', '{"kind":"workshop"}', nested(100_000, '[', ']'), `{"x":${nested(100_000, '{"a":', '}')}}`),
  fc.jsonValue({ maxDepth: 4 }).map((v) => JSON.stringify(v) ?? 'null'),
  fc.string({ unit: 'binary', maxLength: 200 }),
).map((text) => ({ labels: [`whole file ${JSON.stringify(text.slice(0, 40))}${text.length > 40 ? '…' : ''}`], text }));

function hostileJsonFiles(kind: 'workshop' | 'template', base: Json): fc.Arbitrary<{ labels: string[]; text: FileContent }> {
  const paths = pathsOf(base);
  const mutated = fc
    .tuple(fc.array(structuralMutation(kind), { minLength: 1, maxLength: 3 }), oneIn(3, textMutation))
    .map(([mutations, text]) => {
      const draft: Draft = { value: structuredClone(base), raw: [], labels: [] };
      for (const mutate of mutations) mutate(draft, paths);
      let content: FileContent = render(draft);
      if (text) {
        content = text.apply(content);
        draft.labels.push(text.label);
      }
      return { labels: draft.labels, text: content };
    });
  return fc.oneof({ weight: 9, arbitrary: mutated }, { weight: 1, arbitrary: wholeFile });
}

// ---------------------------------------------------------------------------------------------
// Building hostile CSV files

const injection = fc.constantFrom('=HYPERLINK("http://x")', "+cmd|' /C calc'!A0", '@SUM(1+1)*cmd|\'/C calc\'!A0', '-2+3', '=1+1', '\t=1', '\r=1', "'=already");
const hostileAnswer = fc.oneof(fc.constantFrom('0', '6', '3.0', ' 4 ', '١', 'NaN', '-1', '1e0', '"3"', '3;4', '5'.repeat(1000)), injection);
const participantCell = fc.oneof(
  { weight: 6, arbitrary: fc.string({ maxLength: 30 }) },
  { weight: 3, arbitrary: injection },
  { weight: 1, arbitrary: fc.constantFrom('Cruz, Dee', 'say "hi"', 'a;b', 'two\nlines', 'P'.repeat(121)) },
);
const teamCell = fc.oneof({ weight: 12, arbitrary: fc.constantFrom('sales', 'Marketing', 'OTHER', ' other ') }, { weight: 1, arbitrary: fc.constantFrom('', 'leadership', '=sales') });
/** Mostly well-formed rows, so accepted files are common too; some with a bad answer or the wrong number of cells. */
const csvRow = fc
  .tuple(
    participantCell,
    teamCell,
    fc.array(fc.constantFrom<string>('1', '2', '3', '4', '5', ''), { minLength: 20, maxLength: 20 }),
    oneIn(6, fc.tuple(fc.nat(), hostileAnswer)),
    oneIn(25, fc.constantFrom(-2, -1, 1, 2)),
  )
  .map(([participant, team, answers, bad, width]) => {
    if (bad) answers[bad[0] % answers.length] = bad[1];
    if (width && width < 0) answers.splice(width);
    else if (width) answers.push(...Array<string>(width).fill('3'));
    return [participant, team, answers] as [string, string, string[]];
  });

/** Cells quoted when needed, or left raw to break the quoting on purpose. */
function csvText(rows: string[][], delimiter: string, quoting: 'proper' | 'raw'): string {
  const cell = (c: string) => (quoting === 'proper' && /[",;\r\n]/.test(c) ? `"${c.replaceAll('"', '""')}"` : c);
  return rows.map((row) => row.map(cell).join(delimiter)).join('\r\n');
}

const hostileCsvFiles: fc.Arbitrary<{ labels: string[]; text: FileContent }> = fc
  .tuple(
    fc.array(csvRow, { minLength: 0, maxLength: 12 }),
    fc.constantFrom(',', ';'),
    fc.constantFrom<'proper' | 'raw'>('proper', 'proper', 'raw'),
    fc.constantFrom('header', 'header', 'header', 'header', 'header in capitals', 'no header', 'header missing s20', 'header with an extra column'),
    oneIn(3, textMutation),
    oneIn(15, fc.tuple(fc.nat(), fc.nat(), fc.constantFrom('x', '=', 'é', ';'))),
  )
  .map(([rows, delimiter, quoting, header, text, huge]) => {
    const columns = ['participant', 'team', ...STATEMENTS.map((s) => s.key)];
    if (huge && rows.length) {
      const row = rows[huge[0] % rows.length]!;
      const cell = huge[1] % (row[2].length + 2);
      const value = huge[2].repeat(HUGE);
      if (cell === 0) row[0] = value;
      else if (cell === 1) row[1] = value;
      else row[2][cell - 2] = value;
    }
    const headerRow =
      header === 'no header' ? [] : header === 'header in capitals' ? [columns.map((c) => c.toUpperCase())] : header === 'header missing s20' ? [columns.slice(0, -1)] : header === 'header with an extra column' ? [[...columns, 'extra']] : [columns];
    let content: FileContent = csvText([...headerRow, ...rows.map(([p, t, answers]) => [p, t, ...answers])], delimiter, quoting);
    const labels = [`${rows.length} rows`, `delimiter ${delimiter}`, `${quoting} quoting`, header, ...(huge && rows.length ? [`a ${HUGE}-byte cell of ${huge[2]}`] : [])];
    if (text) {
      content = text.apply(content);
      labels.push(text.label);
    }
    return { labels, text: content };
  });

// ---------------------------------------------------------------------------------------------
// The import paths, each one entry: a new importer is one more entry here.

type Outcome = { ok: true; folder?: string; file?: string; value?: unknown } | { ok: false; messages: string[] };

interface ImportPath {
  name: string;
  count: number;
  files: fc.Arbitrary<{ labels: string[]; text: FileContent }>;
  importFile(text: string): Promise<Outcome>;
  /** Uses what was accepted the way the app will; throws if it cannot. */
  use?(value: unknown): void;
  /** What a refusal must say: the kind of problem, where it is, or both. */
  namesTheProblem: RegExp;
}

/** The refusal of bytes that are not text by the one rule (shared/text/decodeTextFile.ts). */
const ENCODING_MESSAGE = /is not valid UTF-8 text: byte 0x[0-9A-F]{2} at byte offset \d+|is not valid UTF-16(LE|BE) text \(byte offset \d+\)|looks like UTF-16 text without a byte-order mark/;

const FILE_MESSAGE = (kind: string) =>
  new RegExp(`${ENCODING_MESSAGE.source}|not valid JSON|is not a valid ${kind}: \\S|larger than \\d+ MB|does not hold a Baton ${kind}|holds a Baton .*, not a ${kind}|newer Baton|request is not valid: \\w+`);

/** No control character in any text of an accepted document, but tabs and line breaks. */
function expectPlainText(value: unknown) {
  const walk = (node: unknown): void => {
    if (typeof node === 'string') expect(node, 'a control character got through').not.toMatch(/[^\P{Cc}\t\n]/u);
    else if (node && typeof node === 'object') Object.values(node).forEach(walk);
  };
  walk(value);
}

function fromResult(result: Result<unknown>, folder: string, idOf: (value: never) => string): Outcome {
  if (result.ok) return { ok: true, folder, file: `${idOf(result.value as never)}.json`, value: result.value };
  expect(result.error.code, result.error.message).not.toBe('internal');
  return { ok: false, messages: [result.error.message] };
}

function importPaths(dispatch: Dispatch): ImportPath[] {
  const workshop = JSON.parse(fs.readFileSync(path.join(assetsDir(), 'examples', 'northwind-instruments.baton.json'), 'utf8')) as Json;
  const template = JSON.parse(fs.readFileSync(path.join(assetsDir(), 'templates', 'full-day.baton-template.json'), 'utf8')) as Json;
  return [
    {
      name: 'workshop',
      count: 500,
      files: hostileJsonFiles('workshop', workshop),
      importFile: async (content) =>
        fromResult(await dispatch('importWorkshop', { fileName: 'hostile.baton.json', content }), 'workshops', (v: { id: string }) => v.id),
      use: (value) => {
        const doc = value as WorkshopDocument;
        expect(Number.isFinite(dayProgress(doc.agenda, doc.runtime.timers, Date.parse(doc.updatedAt)).elapsedMinutes), 'day progress').toBe(true);
        buildReport(doc, { today: '2026-10-14' });
        expect(danglingReferenceIssues(doc), 'references that lead nowhere').toEqual([]);
        expectPlainText(doc);
        for (const text of [doc.title, ...doc.agenda.flatMap((a) => [a.title, ...(a.board?.notes.map((n) => n.text) ?? []), ...(a.board?.areas.map((x) => x.title) ?? [])]), ...doc.actions.map((a) => a.title)]) {
          expect(hasVisibleText(text), `required text ${JSON.stringify(text)} shows nothing`).toBe(true);
        }
      },
      namesTheProblem: FILE_MESSAGE('workshop'),
    },
    {
      name: 'CSV',
      count: 300,
      files: hostileCsvFiles,
      importFile: async (content) => {
        const result = parseAnswersCsv(content);
        if (!result.ok) return { ok: false, messages: result.errors };
        for (const row of result.rows) {
          expect(row.participant.length).toBeLessThanOrEqual(120);
          expect(['sales', 'marketing', 'other']).toContain(row.team);
          expect(row.answers).toHaveLength(STATEMENTS.length);
          for (const answer of row.answers) expect([null, 1, 2, 3, 4, 5]).toContain(answer);
        }
        return { ok: true };
      },
      namesTheProblem: new RegExp(`^line \\d+(, (participant|team|s\\d+))?: \\S|^the file is empty; expected the header|^the file has no participant rows$|${ENCODING_MESSAGE.source}`),
    },
    {
      name: 'template',
      count: 200,
      files: hostileJsonFiles('template', template),
      importFile: async (content) =>
        fromResult(
          await dispatch('importTemplate', { fileName: 'hostile.baton-template.json', content, mode: 'rename' }),
          'templates',
          (v: { template: { id: string } }) => v.template.id,
        ),
      use: (value) => expectPlainText(value),
      namesTheProblem: FILE_MESSAGE('template'),
    },
  ];
}

// ---------------------------------------------------------------------------------------------

let dataDir: string;
let dispatch: Dispatch;

beforeAll(async () => {
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'baton-fuzz-'));
  const services = createServices({ dataDir, openStore: openConfStore, log: () => undefined });
  dispatch = createDispatch(createHandlers(services), (message) => {
    throw new Error(`a handler failed: ${message}`);
  });
  // Existing data the imports must leave alone: a workshop, the example (so titles clash), settings.
  expect(await dispatch('createWorkshop', { title: 'Already here', client: 'Acme' })).toMatchObject({ ok: true });
  expect(await dispatch('openExampleWorkshop', undefined)).toMatchObject({ ok: true });
  expect(await dispatch('updateSettings', { theme: 'dark' })).toMatchObject({ ok: true });
});

afterAll(() => fs.rmSync(dataDir, { recursive: true, force: true }));

function snapshot(): Map<string, Buffer> {
  return new Map(
    fs
      .readdirSync(dataDir, { recursive: true, encoding: 'utf8' })
      .filter((file) => fs.statSync(path.join(dataDir, file)).isFile())
      .map((file) => [file.replaceAll(path.sep, '/'), fs.readFileSync(path.join(dataDir, file))]),
  );
}

function changes(before: Map<string, Buffer>, after: Map<string, Buffer>, expectedNew?: string): string[] {
  const found: string[] = [];
  for (const [file, bytes] of before) {
    if (!after.has(file)) found.push(`${file} disappeared`);
    else if (!after.get(file)!.equals(bytes)) found.push(`${file} changed`);
  }
  for (const file of after.keys()) if (!before.has(file) && file !== expectedNew) found.push(`${file} appeared`);
  if (expectedNew && !after.has(expectedNew)) found.push(`${expectedNew} was not written`);
  return found;
}

describe('every import path under 1,000 hostile files', () => {
  it('never throws, refuses with a message naming the problem, and changes no existing data', async () => {
    const prototypeKeys = Object.getOwnPropertyNames(Object.prototype).sort();
    const stats = new Map<string, { files: number; accepted: number; refused: number }>();
    const failures: string[] = [];
    let crashes = 0;
    let dataChanges = 0;
    const before = snapshot();
    const started = Date.now();

    for (const [index, importPath] of importPaths(dispatch).entries()) {
      const stat = { files: 0, accepted: 0, refused: 0 };
      stats.set(importPath.name, stat);
      const files = fc.sample(importPath.files, { numRuns: importPath.count, seed: SEED + index });
      for (const [n, file] of files.entries()) {
        stat.files++;
        const where = `${importPath.name} #${n} (${file.labels.join('; ')})`;
        let outcome: Outcome;
        try {
          // Every path reads a file's bytes with the same rule before anything else sees them.
          const decoded = typeof file.text === 'string' ? { ok: true as const, value: file.text } : decodeTextFile(file.text, 'hostile file');
          outcome = decoded.ok ? await importPath.importFile(decoded.value) : { ok: false, messages: [decoded.error.message] };
        } catch (error) {
          crashes++;
          failures.push(`${where}: threw ${(error as Error).message.slice(0, 300)}`);
          continue;
        }
        if (outcome.ok) {
          stat.accepted++;
          try {
            importPath.use?.(outcome.value);
          } catch (error) {
            failures.push(`${where}: accepted, but the app cannot use it: ${(error as Error).message.slice(0, 300)}`);
          }
          const expectedNew = outcome.folder ? `${outcome.folder}/${outcome.file}` : undefined;
          const found = changes(before, snapshot(), expectedNew);
          if (found.length) failures.push(`${where}: accepted, but ${found.join(', ')}`);
          dataChanges += found.length ? 1 : 0;
          // Back to the same existing data for the next file.
          if (expectedNew) fs.rmSync(path.join(dataDir, expectedNew));
        } else {
          stat.refused++;
          const unreadable = outcome.messages.length === 0 ? ['(no message)'] : outcome.messages.filter((m) => !m.trim() || m.length >= 1000 || !importPath.namesTheProblem.test(m));
          if (unreadable.length) failures.push(`${where}: unreadable message ${JSON.stringify(unreadable[0]!.slice(0, 300))}`);
          const found = changes(before, snapshot());
          if (found.length) failures.push(`${where}: refused, but ${found.join(', ')}`);
          dataChanges += found.length ? 1 : 0;
        }
        if (({} as Record<string, unknown>).polluted !== undefined || Object.getOwnPropertyNames(Object.prototype).sort().join() !== prototypeKeys.join()) {
          failures.push(`${where}: polluted Object.prototype`);
        }
      }
    }

    const total = [...stats.values()].reduce((sum, s) => sum + s.files, 0);
    const refused = [...stats.values()].reduce((sum, s) => sum + s.refused, 0);
    const accepted = [...stats.values()].reduce((sum, s) => sum + s.accepted, 0);
    const split = [...stats].map(([name, s]) => `${s.files} ${name}`).join(', ');
    console.log(
      `fuzz: ${total} files (${split}), ${refused} refused with a message, ${accepted} accepted, ${crashes} crashes, ` +
        `${dataChanges} changes to existing data (seed ${SEED}, ${((Date.now() - started) / 1000).toFixed(1)} s)`,
    );
    expect(failures.slice(0, 20)).toEqual([]);
    expect(total).toBe(1000);
  }, 180_000);
});
