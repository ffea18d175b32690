// A chain of three linked workshops for report tests: a kick-off, a re-check and this one, the
// diagnostic rising over them, sales crossing from Undefined to Aligned.
import { all, answersWithTotal, participant } from '../diagnostic/testing';
import type { Answer } from '../diagnostic/model';
import type { WorkshopDocument } from '../workshop/schema';
import { reportTestWorkshop } from './testing';

const at = (overrides: Record<number, Answer>, rest: 1 | 2 | 3 | 4 | 5 = 3): Answer[] => all(rest).map((a, i) => (i + 1 in overrides ? overrides[i + 1]! : a));

/** `[this workshop, its earlier one, the one before]`, newest first, linked by earlierWorkshopId. */
export function workshopChain(titles: { earlier?: string; oldest?: string } = {}): WorkshopDocument[] {
  const oldest = reportTestWorkshop({
    overrides: {
      id: 'chain-oldest-0001',
      title: titles.oldest ?? 'Kick-off',
      date: '2026-01-14',
      diagnostic: { participants: [participant('sales', answersWithTotal(36)), participant('marketing', at({ 7: 5, 5: 5 }))] },
    },
  });
  const earlier = reportTestWorkshop({
    overrides: {
      id: 'chain-earlier-001',
      title: titles.earlier ?? 'Spring re-check',
      date: '2026-05-20',
      earlierWorkshopId: oldest.id,
      // Statement 7: sales 2, marketing 5 (gap +3.00); statement 9 level, both 3.
      diagnostic: { participants: [participant('sales', at({ 9: 3 }, 2)), participant('marketing', at({ 7: 5, 9: 3 }, 2)), participant('other', all(3))] },
    },
  });
  const current = reportTestWorkshop({
    overrides: {
      id: 'chain-current-001',
      earlierWorkshopId: earlier.id,
      // Statement 7 closes (both 3); statement 9 opens (sales 5, marketing 3).
      diagnostic: { participants: [participant('sales', at({ 9: 5 }, 3)), participant('sales', at({ 9: 5 }, 4)), participant('marketing', at({}, 3))] },
    },
  });
  return [current, earlier, oldest];
}
