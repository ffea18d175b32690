// Workshops for testing the plan pages (summary, action plan, wall plan) at the schema's limits:
// every text as long as allowed, many actions, missing owners and dates, overdue and done ones.
import type { Action } from '../actions/schema';
import { ACTION_STATUSES, PRIORITIES } from '../actions/schema';
import { renameTheme, setTally } from '../board/edits';
import { analyseDiagnostic } from '../diagnostic/analysis';
import { workshopDocumentSchema, type WorkshopDocument } from '../workshop/schema';
import { reportTestWorkshop } from './testing';

const WORDS = ['alignment', 'pipeline', 'qualified', 'lead', 'of', 'the', 'a', 'key-account', 'Zusammenarbeitsvereinbarung', 'and', 'tender', 'hospital', 'to', 'review'];

/** `length` characters of words, the n-th text different from the others from its first word on. */
export function longText(length: number, n = 0): string {
  let text = `T${n}`;
  for (let i = 0; text.length < length; i++) text += ` ${WORDS[(i * 7 + n) % WORDS.length]}`;
  return text.slice(0, length).trimEnd();
}

/** An action at the limits: 200-character title, 2,000-character description, 120-character owner, 500-character metric. */
function limitAction(i: number, options: { ownerless?: boolean; undated?: boolean; source?: Action['source'] } = {}): Action {
  const month = String((i % 12) + 1).padStart(2, '0');
  return {
    id: `lim-${String(i).padStart(4, '0')}`,
    title: longText(200, i),
    description: longText(2000, i + 1000),
    owner: options.ownerless ? '' : `${longText(110, i + 2000)} ${i % 7}`,
    team: (['sales', 'marketing', 'joint'] as const)[i % 3]!,
    due: options.undated ? '' : `${2026 + Math.floor(i / 12) % 2}-${month}-${String((i % 27) + 1).padStart(2, '0')}`,
    metric: longText(500, i + 3000),
    priority: PRIORITIES[i % 3]!,
    status: ACTION_STATUSES[i % 3]!,
    source: options.source ?? { kind: 'none' },
  };
}

/**
 * The report test workshop with `actions` limit actions (some without owner or date, some taken from
 * a recommendation), themes and top-voted notes at their longest, and an advisor with reasons.
 */
export function planAtLimits({ actions = 40, oneTeam = false }: { actions?: number; oneTeam?: boolean } = {}): WorkshopDocument {
  const doc = reportTestWorkshop({ extraNotes: Array.from({ length: 6 }, (_, i) => longText(2000, 500 + i)) });
  const agenda = doc.agenda.map((activity) => {
    if (activity.kind !== 'friction' || !activity.board) return activity;
    let board = renameTheme(activity.board, 't1', longText(120, 99));
    board.notes.filter((n) => n.id.startsWith('x')).forEach((n, i) => (board = setTally(board, n.id, 20 + i)));
    return { ...activity, title: longText(120, 98), board };
  });
  // With one team only the summary also carries a warning, the longest it gets.
  const participants = oneTeam ? doc.diagnostic.participants.filter((p) => p.team !== 'marketing') : doc.diagnostic.participants;
  const diagnostic = { ...doc.diagnostic, participants, advisor: { salesCycle: 'long', keyAccounts: 'high', marketChange: 'fast', firm: 'small', relations: 'strained' } } as const;
  const recommendation = analyseDiagnostic(diagnostic).recommendations[0]!;
  return workshopDocumentSchema.parse({
    ...doc,
    title: longText(200, 97),
    client: longText(200, 96),
    facilitator: longText(120, 95),
    agenda,
    diagnostic,
    actions: Array.from({ length: actions }, (_, i) =>
      limitAction(i, {
        ownerless: i % 5 === 1,
        undated: i % 7 === 2,
        source: i % 4 === 0 ? { kind: 'recommendation', id: recommendation.id, label: recommendation.title } : undefined,
      }),
    ),
    commitments: { sales: { head: longText(120, 94), statement: longText(1000, 93) }, marketing: { head: longText(120, 92), statement: longText(1000, 91) } },
  });
}
