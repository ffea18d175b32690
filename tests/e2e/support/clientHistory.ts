// One client followed over three workshops (spring, autumn, winter) plus another client's, with
// diagnostic answers chosen so every figure of the comparison can be worked out by hand:
//
//   spring  sales 39.0 Undefined, marketing 78.0 Aligned, overall 58.5 Defined
//   autumn  sales 77.0 Aligned,   marketing 75.0 Aligned, overall 76.0 Aligned
//   change  sales +38.0, marketing −3.0, overall +17.5
//   gaps (marketing − sales): statement 3 +3.00 → +3.00; statement 5 0.00 → −2.00 (opened);
//   statement 12 +2.00 → −3.00 (moved most, −5.00); every other statement +2.00 → 0.00 (closed).
//
// Autumn is not linked unless asked (the test links it); winter already follows autumn.
import { createActivity } from '../../../shared/agenda/edits';
import type { Answer, DiagnosticTeam } from '../../../shared/diagnostic/model';
import { workshopDocumentSchema, type WorkshopDocument } from '../../../shared/workshop/schema';
import { writeWorkshop } from './seed';

/** Every answer `value`, except the statements (1-based) given in `except`. */
const answers = (value: Exclude<Answer, null>, except: Record<number, Exclude<Answer, null>> = {}): Answer[] =>
  Array.from({ length: 20 }, (_, i) => except[i + 1] ?? value);

let counter = 0;
const newId = () => `hist-${String(++counter).padStart(8, '0')}`;

function seed(dataDir: string, id: string, title: string, client: string, date: string, people: [DiagnosticTeam, Answer[]][], earlierWorkshopId: string | null = null): WorkshopDocument {
  const diagnostic = createActivity('diagnostic', newId);
  return writeWorkshop(
    dataDir,
    workshopDocumentSchema.parse({
      schemaVersion: 1,
      id,
      title,
      client,
      date,
      createdAt: `${date}T09:00:00.000Z`,
      updatedAt: `${date}T17:00:00.000Z`,
      agenda: [diagnostic],
      diagnostic: { participants: people.map(([team, given], i) => ({ id: `p-${i + 1}`, name: `${team} ${i + 1}`, team, answers: given })) },
      earlierWorkshopId,
    }),
  );
}

export const HISTORY = {
  spring: { id: 'northwind-spring', title: 'Northwind spring diagnostic' },
  autumn: { id: 'northwind-autumn', title: 'Northwind autumn re-check' },
  winter: { id: 'northwind-winter', title: 'Northwind winter re-check' },
  acme: { id: 'acme-kickoff-1', title: 'Acme kickoff' },
} as const;

export function seedClientHistory(dataDir: string, { autumnLinked = false } = {}): void {
  seed(dataDir, HISTORY.acme.id, HISTORY.acme.title, 'Acme', '2026-06-01', [
    ['sales', answers(3)],
    ['marketing', answers(3)],
  ]);
  seed(dataDir, HISTORY.spring.id, HISTORY.spring.title, 'northwind   instruments', '2026-03-10', [
    ['sales', answers(2, { 3: 1 })],
    ['sales', answers(2, { 3: 1 })],
    ['marketing', answers(4, { 5: 2 })],
  ]);
  seed(dataDir, HISTORY.autumn.id, HISTORY.autumn.title, 'Northwind Instruments', '2026-09-15', [
    ['sales', answers(4, { 3: 1 })],
    ['sales', answers(4, { 3: 1 })],
    ['marketing', answers(4, { 5: 2, 12: 1 })],
  ], autumnLinked ? HISTORY.spring.id : null);
  seed(
    dataDir,
    HISTORY.winter.id,
    HISTORY.winter.title,
    'NORTHWIND INSTRUMENTS',
    '2026-12-01',
    [
      ['sales', answers(4)],
      ['marketing', answers(4)],
    ],
    HISTORY.autumn.id,
  );
}
