// The load script, lighter: phones answer, write, vote and resend everything; each item is
// stored exactly once and nothing valid is refused. (`npm run bench` runs it with 100 phones.)
import { expect, it } from 'vitest';
import { runRoomLoad } from './testing/roomLoad';

it('stores every answer, note and dot from 12 phones exactly once, refusing none', async () => {
  const result = await runRoomLoad({ phones: 12, answers: 20, notes: 5 });
  expect(result.refused).toEqual([]);
  expect(result.problems).toEqual([]);
  expect(result.sent).toBe(12 * (20 + 5 + 1));
}, 120_000);
