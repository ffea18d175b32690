import { describe, expect, it } from 'vitest';
import { buildReport } from './buildReport';
import { workshopChain } from './chainFixtures';
import { reportItems } from './reportItems';
import { reportTexts } from './reportTexts';

describe('the report model: Since last time', () => {
  const [current, earlier, oldest] = workshopChain();

  it('is absent without an earlier workshop, adding no items', () => {
    const model = buildReport(current!, { today: '2026-11-25' });
    expect(model.sinceLastTime).toBeNull();
    expect(reportItems(model, { notesInCsv: false }).some((i) => i.key.startsWith('since:') || i.key === 'chart:trend')).toBe(false);
  });

  it('compares with the nearest earlier workshop: levels, sub-scores, gaps closed and opened', () => {
    const since = buildReport(current!, { today: '2026-11-25', earlier: [earlier!] }).sinceLastTime!;
    expect(since.earlier).toEqual({ title: 'Spring re-check', date: '20 May 2026' });
    expect(since.levels.map((r) => [r.label, r.then?.mean, r.now?.mean, r.change, r.levelMove])).toEqual([
      ['Sales', 41, 71.5, 30.5, 'up'],
      ['Marketing', 44, 60, 16, 'up'],
      ['Overall', 42.5, 65.8, 23.3, 'up'],
      ['Other', 60, undefined, null, null],
    ]);
    expect(since.subscoreTeams).toEqual(['sales', 'marketing', 'other']);
    expect(since.gaps.closed.map((g) => g.statement)).toEqual([7]);
    expect(since.gaps.opened.map((g) => g.statement)).toEqual([9]);
    expect(since.trend).toBeNull();
  });

  it('draws the trend over three or more workshops and lists every item for the completeness check', () => {
    const model = buildReport(current!, { today: '2026-11-25', earlier: [earlier!, oldest!] });
    expect(model.sinceLastTime!.trend!.workshops).toBe(3);
    expect(model.sinceLastTime!.trend!.chart).toContain('<svg');
    const keys = reportItems(model, { notesInCsv: false }).map((i) => i.key);
    expect(keys).toEqual(expect.arrayContaining(['since:levels', 'since:subscores', 'since:closed:7', 'since:opened:9', 'chart:trend']));
    expect(keys.filter((k) => k.startsWith('since:moved:'))).toHaveLength(model.sinceLastTime!.gaps.movedMost.length);
  });

  it('checks the earlier workshop’s title against the fonts', () => {
    const model = buildReport(current!, { today: '2026-11-25', earlier: [earlier!] });
    expect(reportTexts(model)).toContainEqual({ label: 'title of the earlier workshop', text: 'Spring re-check' });
  });
});
