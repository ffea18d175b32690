import { describe, expect, it } from 'vitest';
import { all, answersWithTotal, participant } from '../diagnostic/testing';
import { chronological, trendOf, type TrendWorkshop } from './trend';

const workshop = (title: string, date: string, totals: { sales?: number; marketing?: number; other?: number }): TrendWorkshop => ({
  title,
  date,
  diagnostic: {
    participants: Object.entries(totals).map(([team, total]) => participant(team as 'sales', answersWithTotal(total!))),
  },
});

describe('chronological', () => {
  it('puts the oldest first by date, whatever the link order', () => {
    const chain = [{ date: '2026-09-01' }, { date: '2026-01-01' }, { date: '2026-05-01' }];
    expect(chronological(chain).map((w) => w.date)).toEqual(['2026-01-01', '2026-05-01', '2026-09-01']);
  });

  it('keeps the link order (reversed, oldest first) when a workshop has no date', () => {
    const chain = [{ date: '2026-09-01' }, { date: '' }, { date: '2026-05-01' }];
    expect(chronological(chain).map((w) => w.date)).toEqual(['2026-05-01', '', '2026-09-01']);
  });
});

describe('trendOf', () => {
  it('gives a series per team and overall, oldest first, null where a team had no one', () => {
    const trend = trendOf([
      workshop('Third', '2026-09-01', { sales: 62, marketing: 70 }),
      workshop('Second', '2026-05-01', { sales: 50 }),
      workshop('First', '2026-01-01', { sales: 40, marketing: 55 }),
    ]);
    expect(trend.workshops).toEqual([
      { title: 'First', date: '2026-01-01' },
      { title: 'Second', date: '2026-05-01' },
      { title: 'Third', date: '2026-09-01' },
    ]);
    expect(trend.series).toEqual([
      { key: 'sales', label: 'Sales', values: [40, 50, 62] },
      { key: 'marketing', label: 'Marketing', values: [55, null, 70] },
      { key: 'overall', label: 'Overall', values: [47.5, 50, 66] },
    ]);
  });

  it('includes other when anyone from it was counted, never in overall', () => {
    const trend = trendOf([
      { title: 'B', date: '', diagnostic: { participants: [participant('other', all(4))] } },
      workshop('A', '', { sales: 40 }),
    ]);
    expect(trend.series.map((s) => [s.key, s.values])).toEqual([
      ['sales', [40, null]],
      ['overall', [40, null]],
      ['other', [null, 80]],
    ]);
  });
});
