// A small but complete workshop for report tests: a friction board with a theme and votes (plus
// any extra notes asked for), a messaging board, a handoff map, diagnostic answers and actions.
import { newAction } from '../actions/edits';
import { createActivity } from '../agenda/edits';
import { addNote, castVote, groupNotes, setTally } from '../board/edits';
import { NOTE_TEAMS } from '../board/schema';
import { all, answersWithTotal, participant } from '../diagnostic/testing';
import { workshopDocumentSchema, type WorkshopDocument, type WorkshopDocumentInput } from '../workshop/schema';

let n = 0;
const id = () => `r-${String(++n).padStart(6, '0')}`;

export function reportTestWorkshop(options: { extraNotes?: string[]; overrides?: Partial<WorkshopDocumentInput> } = {}): WorkshopDocument {
  const friction = createActivity('friction', id);
  let board = friction.board!;
  const budget = board.areas[0]!.id;
  board = addNote(board, { id: 'n1', areaId: budget, text: 'Brand ads eat the budget', team: 'sales', author: 'Ann' });
  board = addNote(board, { id: 'n2', areaId: budget, text: 'No joint budget review', team: 'marketing' });
  board = addNote(board, { id: 'n3', areaId: budget, text: 'Secret note', team: 'joint', hidden: true, writer: 'w1' });
  board = groupNotes(board, ['n1', 'n2'], { id: 't1', name: 'Who decides the budget' });
  board = castVote(board, { id: 'v1', label: '' }, 'n1');
  board = setTally(board, 'n2', 2);
  (options.extraNotes ?? []).forEach((text, i) => {
    board = addNote(board, { id: `x${i}`, areaId: board.areas[i % board.areas.length]!.id, text, team: NOTE_TEAMS[i % NOTE_TEAMS.length]! });
  });
  const messaging = createActivity('messaging', id);
  let mboard = messaging.board!;
  mboard = addNote(mboard, { id: 'm1', areaId: mboard.areas[0]!.id, text: 'Hospitals fear downtime', team: 'sales' });
  mboard = setTally(mboard, 'm1', 4);
  return workshopDocumentSchema.parse({
    schemaVersion: 1,
    id: 'report-00000001',
    title: 'Report test',
    client: 'Northwind',
    date: '2026-10-14',
    facilitator: 'Sam',
    createdAt: '2026-10-14T08:00:00.000Z',
    updatedAt: '2026-10-14T17:00:00.000Z',
    agenda: [{ ...friction, board }, { ...messaging, board: mboard }, createActivity('handoff', id)],
    diagnostic: {
      participants: [
        participant('sales', answersWithTotal(45), 'Ann'),
        participant('sales', all(2), 'Bo'),
        participant('marketing', all(4), 'Cy'),
        participant('marketing', [...all(3).slice(0, 10), ...Array(10).fill(null)], 'Dee'),
      ],
      advisor: { salesCycle: 'long', keyAccounts: 'high', marketChange: 'fast' },
    },
    actions: [
      { ...newAction('a1', 'Monthly joint pipeline review'), priority: 'low', due: '2026-12-01' },
      { ...newAction('a2', 'Agree lead definitions'), priority: 'high', due: '2026-11-15', owner: 'Bo' },
      {
        ...newAction('a3', 'Fix the CRM fields', { kind: 'theme', activityId: friction.id, itemId: 't1', label: 'Theme “Who decides the budget”' }),
        status: 'done',
        due: '2026-01-01',
      },
    ],
    commitments: { sales: { head: 'Bo Berg', statement: 'We follow up every qualified lead within a day.' } },
    ...options.overrides,
  });
}
