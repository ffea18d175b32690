// The debrief guide for the diagnostic activity, built from the results: the statements the teams
// see most differently (gaps) and those a team is most divided on (splits), each with a question
// for the facilitator to put to the room. It is for the facilitator's private notes only: the
// presenter scene has no field for it (shared/presenter/scene.ts), and it names no participant.
import type { DiagnosticResult, DiagnosticTeam } from './model';
import { STATEMENTS } from './statements';

/** At most this many gaps and this many splits: a debrief has time for a handful of talks. */
export const DEBRIEF_GAPS = 3;
export const DEBRIEF_SPLITS = 3;

export interface DebriefItem {
  kind: 'gap' | 'split';
  statement: number;
  short: string;
  /** The figures, in words: who rated it higher and by how much, or how spread a team's answers are. */
  finding: string;
  /** What to ask the room, in the order to ask it. */
  question: string;
}

/** For each statement, a question that asks for the facts behind a rating, one per statement in order. */
export const DEBRIEF_QUESTIONS: readonly string[] = [
  "How close did last quarter's results come to the forecast, and who was surprised?",
  'When results last fell short, what did each team say the reason was?',
  'When did someone from marketing last sit in on a meeting with a key customer?',
  "What did sales put into this year's marketing plan, and at what stage?",
  "Which piece of marketing's material was last used in front of a customer, and did it help?",
  'What was the last thing marketing asked the field about, and what came back?',
  'What does each team mean by a "qualified lead"?',
  'When did the two heads last talk about where the market is going rather than about this quarter?',
  'How does a customer in your main segment decide to buy, step by step, and who drew that picture?',
  'In the last joint meeting, how much of the time went on disputes or fire-fighting?',
  'Which offer for two years from now have the two heads worked on together?',
  'Which measure of success, if any, do both teams report against?',
  'For your largest account, what did marketing add to its plan?',
  'Where does a lead pass from one team to the other, and does everyone put that point in the same place?',
  'What did marketing last change in the funnel because of what the pipeline data showed?',
  'When a large deal was last lost, did both teams feel it as their loss?',
  'Who, by name, is accountable for revenue across both teams?',
  'Who has moved between sales and marketing, in either direction, in the last few years?',
  'Which training or event did the two teams last build together?',
  "When did one team last help prepare or present the other's plan to senior management?",
];

const TEAM: Record<DiagnosticTeam, { name: string; people: string }> = {
  sales: { name: 'Sales', people: 'two people from sales' },
  marketing: { name: 'Marketing', people: 'two people from marketing' },
  other: { name: 'Leadership and guests', people: 'two of the leadership and guests' },
};

const fmt2 = (n: number) => n.toFixed(2);

export function debriefGuide(result: DiagnosticResult): DebriefItem[] {
  const gaps = result.gaps.slice(0, DEBRIEF_GAPS).map((g): DebriefItem => {
    // The gap is marketing − sales: positive when marketing rates the statement higher.
    const [higher, lower] = g.gap > 0 ? (['marketing', 'sales'] as const) : (['sales', 'marketing'] as const);
    const by = fmt2(Math.abs(g.gap));
    return {
      kind: 'gap',
      statement: g.statement,
      short: STATEMENTS[g.statement - 1]!.short,
      finding: `${TEAM[higher].name} rates it ${by} higher than ${TEAM[lower].name.toLowerCase()} (${fmt2(g[higher])} against ${fmt2(g[lower])}).`,
      question: `Ask ${TEAM[lower].name.toLowerCase()} first, who rated it lower: ${DEBRIEF_QUESTIONS[g.statement - 1]} Then ask ${TEAM[higher].name.toLowerCase()} what it sees that makes it rate this higher, and agree one fact both teams accept.`,
    };
  });
  const splits = result.splits.slice(0, DEBRIEF_SPLITS).map((s): DebriefItem => ({
    kind: 'split',
    statement: s.statement,
    short: STATEMENTS[s.statement - 1]!.short,
    finding: `${TEAM[s.team].name} is divided on it: its answers spread ${fmt2(s.sd)} (standard deviation on the 1–5 scale).`,
    question: `Ask ${TEAM[s.team].people} who rated it differently: ${DEBRIEF_QUESTIONS[s.statement - 1]} What does each see that the other does not?`,
  }));
  return [...gaps, ...splits];
}
