import { describe, expect, it } from 'vitest';
import { buildReport } from './buildReport';
import { itemKey, quote, reportItems } from './reportItems';
import { reportTestWorkshop } from './testing';

const model = buildReport(reportTestWorkshop({ extraNotes: ['A'.repeat(2000)] }), { today: '2026-11-25' });

describe('the items a report must show', () => {
  it('lists every action, recommendation, board item, note and participant once, with unique keys', () => {
    const items = reportItems(model, { notesInCsv: false });
    const keys = items.map((item) => item.key);
    expect(new Set(keys).size).toBe(keys.length);
    for (const a of model.actions) expect(keys).toContain(itemKey.action(a));
    for (const r of model.recommendations) expect(keys).toContain(itemKey.recommendation(r));
    expect(keys.filter((k) => k.startsWith('note:'))).toHaveLength(model.appendix.notes.length);
    expect(keys.filter((k) => k.startsWith('participant:'))).toHaveLength(model.appendix.participants.length);
    expect(keys).toContain(itemKey.chart('statements'));
    expect(items.find((item) => item.key === itemKey.action(model.actions[1]!))?.label).toBe('action 2 “Agree lead definitions”');
  });

  it('leaves the notes out when they are left to the CSV', () => {
    expect(reportItems(model, { notesInCsv: true }).some((item) => item.key.startsWith('note:'))).toBe(false);
  });

  it('quotes a long text by its first words only', () => {
    expect(quote('A'.repeat(2000))).toBe(`“${'A'.repeat(47)}…”`);
    expect(quote('  two\n lines ')).toBe('“two lines”');
  });
});
