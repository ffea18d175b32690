import { describe, expect, it } from 'vitest';
import { buildReport } from './buildReport';
import { reportTexts } from './reportTexts';
import { reportTestWorkshop } from './testing';

describe('reportTexts', () => {
  const texts = reportTexts(buildReport(reportTestWorkshop(), { today: '2026-10-20' }));

  it('lists what people typed, each with where it appears', () => {
    expect(texts).toContainEqual({ label: 'Workshop title', text: 'Report test' });
    expect(texts).toContainEqual({ label: 'Client', text: 'Northwind' });
    expect(texts.find((t) => t.label.startsWith('Theme in '))?.text).toBe('Who decides the budget');
    expect(texts.find((t) => t.label === 'Action 1')?.text).toContain('Monthly joint pipeline review');
  });

  it('leaves out fields nobody filled in', () => {
    expect(texts.every((t) => t.text !== '')).toBe(true);
  });
});
