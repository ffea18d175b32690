import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { reportTestWorkshop } from '../../shared/report/testing';
import { createIndentedJsonSerializer } from './indentedJson';

const stringify = (value: unknown) => JSON.stringify(value, undefined, '\t');
const textOf = (serialize: ReturnType<typeof createIndentedJsonSerializer>, value: Record<string, unknown>) => Buffer.concat(serialize(value)).toString('utf8');

describe('the store file serialiser', () => {
  it('writes exactly what JSON.stringify writes, for any JSON value', () => {
    fc.assert(
      fc.property(fc.dictionary(fc.string(), fc.jsonValue()), (value) => {
        expect(textOf(createIndentedJsonSerializer(), value)).toBe(stringify(value));
      }),
      { numRuns: 500 },
    );
  });

  it('stays exact when it meets objects again, at the same depth or another one', () => {
    fc.assert(
      fc.property(fc.dictionary(fc.string(), fc.jsonValue()), fc.jsonValue(), (value, extra) => {
        const serialize = createIndentedJsonSerializer();
        serialize(value);
        const again = { first: value, nested: [value, { deeper: value }], extra };
        expect(textOf(serialize, again)).toBe(stringify(again));
        expect(textOf(serialize, value)).toBe(stringify(value));
      }),
      { numRuns: 300 },
    );
  });

  it('leaves out what JSON leaves out and keeps what toJSON gives', () => {
    const value = { skipped: undefined, fn: () => 1, list: [undefined, () => 1, Number.NaN, -0], at: new Date(0), nested: { empty: {}, none: [] } };
    expect(textOf(createIndentedJsonSerializer(), value)).toBe(stringify(value));
  });

  it('writes a workshop edited after its first save exactly as JSON.stringify would', () => {
    const serialize = createIndentedJsonSerializer();
    const doc = reportTestWorkshop({ extraNotes: Array.from({ length: 40 }, (_, i) => `Note ${i}`) });
    serialize(doc);
    const board = doc.agenda.find((a) => a.board?.notes.length)!;
    const edited = {
      ...doc,
      client: 'Edited',
      agenda: doc.agenda.map((a) => (a === board ? { ...a, board: { ...a.board!, notes: a.board!.notes.map((n, i) => (i === 3 ? { ...n, text: 'Typed "quotes" and\ttabs' } : n)) } } : a)),
    };
    expect(textOf(serialize, edited)).toBe(stringify(edited));
  });
});

describe('long lists of objects, written page by page', () => {
  const notes = (count: number) => Array.from({ length: count }, (_, i) => ({ id: `n${i}`, text: `Note ${i}`, tally: i % 3, tags: i % 5 ? [] : ['x'] }));

  it('stays exact through edits, inserts, removals and moves, at any length', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 150 }), fc.array(fc.tuple(fc.constantFrom('edit', 'insert', 'remove', 'move'), fc.nat(), fc.nat()), { maxLength: 8 }), (count, edits) => {
        const serialize = createIndentedJsonSerializer();
        let list: object[] = notes(count);
        expect(textOf(serialize, { list })).toBe(stringify({ list }));
        for (const [kind, a, b] of edits) {
          const i = list.length ? a % list.length : 0;
          if (kind === 'edit' && list.length) list = list.map((n, k) => (k === i ? { ...n, text: `Edited ${b}` } : n));
          if (kind === 'insert') list = [...list.slice(0, i), { id: `new${b}`, text: 'New' }, ...list.slice(i)];
          if (kind === 'remove') list = list.filter((_, k) => k !== i);
          if (kind === 'move' && list.length) {
            const moved = list[i]!;
            const rest = list.filter((_, k) => k !== i);
            list = [...rest.slice(0, b % (rest.length + 1)), moved, ...rest.slice(b % (rest.length + 1))];
          }
          expect(textOf(serialize, { list, nested: { again: list } })).toBe(stringify({ list, nested: { again: list } }));
        }
      }),
      { numRuns: 200 },
    );
  });
});
