import { describe, expect, it } from 'vitest';
import { buildReport } from './buildReport';
import { reportTexts } from './reportTexts';
import { reportTestWorkshop } from './testing';

describe('reportTexts', () => {
  const texts = reportTexts(buildReport(reportTestWorkshop(), { today: '2026-10-20' }));

  it('lists what people typed, each with where it appears', () => {
    expect(texts).toContainEqual({ label: 'workshop title', text: 'Report test' });
    expect(texts).toContainEqual({ label: 'client', text: 'Northwind' });
    expect(texts.find((t) => t.label.startsWith('theme 1 in "'))?.text).toBe('Who decides the budget');
    expect(texts.find((t) => t.label === 'action 1 title')?.text).toContain('Monthly joint pipeline review');
  });

  it('numbers notes within their area and names the area and activity', () => {
    const model = buildReport(reportTestWorkshop(), { today: '2026-10-20' });
    const notes = texts.filter((t) => /^note \d+ in "/.test(t.label));
    expect(notes).toHaveLength(model.appendix.notes.filter((n) => n.text.trim()).length);
    const first = model.appendix.notes[0]!;
    expect(notes[0]).toEqual({ label: `note 1 in "${first.area}" (${first.activity})`, text: first.text });
    const labels = new Set(notes.map((n) => n.label));
    expect(labels.size).toBe(notes.length);
  });

  it('names each field of an action, each head signing off and each participant', () => {
    const model = buildReport(reportTestWorkshop(), { today: '2026-10-20' });
    const action = model.actions[0]!;
    if (action.owner) expect(texts).toContainEqual({ label: `action ${action.number} owner`, text: action.owner });
    for (const c of model.commitments) if (c.head) expect(texts).toContainEqual({ label: `sign-off name of the head of ${c.team.toLowerCase()}`, text: c.head });
    model.appendix.participants.forEach((p, i) => expect(texts).toContainEqual({ label: `participant ${i + 1} name`, text: p.label }));
  });

  it('leaves out fields nobody filled in', () => {
    expect(texts.every((t) => t.text !== '')).toBe(true);
  });
});
