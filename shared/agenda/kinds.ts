// The kinds of activity a workshop agenda is made of, and what each starts with: title, prompt for
// the room, timebox, notes for the facilitator, and the areas of its board.
import type { Area } from '../board/schema';
import { DEFAULT_STAGES } from './handoff';

export const ACTIVITY_KINDS = [
  'welcome',
  'diagnostic',
  'perceptions',
  'friction',
  'handoff',
  'messaging',
  'action-planning',
  'break',
  'free-board',
  'plan-review',
] as const;
export type ActivityKind = (typeof ACTIVITY_KINDS)[number];

export interface KindDefaults {
  label: string;
  title: string;
  prompt: string;
  minutes: number;
  notes: string;
  /** Areas of the board; none for activities without sticky notes. */
  areas: (Omit<Area, 'id' | 'hint'> & { hint?: string })[] | null;
}

const perceptionAreas: KindDefaults['areas'] = [
  { title: 'Sales: how we see ourselves', subject: 'sales', lens: 'self' },
  { title: 'Marketing: how we see sales', subject: 'sales', lens: 'other' },
  { title: 'Sales: how we think marketing sees us', subject: 'sales', lens: 'meta' },
  { title: 'Marketing: how we see ourselves', subject: 'marketing', lens: 'self' },
  { title: 'Sales: how we see marketing', subject: 'marketing', lens: 'other' },
  { title: 'Marketing: how we think sales sees us', subject: 'marketing', lens: 'meta' },
];

const frictionAreas: KindDefaults['areas'] = [
  { title: 'Budget', family: 'economic', hint: 'Who gets the money, and for what' },
  { title: 'Broad campaigns vs. single deals', family: 'economic', hint: 'Spending for the market or for one customer' },
  { title: 'Prices and product range', family: 'economic', hint: 'What to charge, and which products to keep or drop' },
  { title: 'Credit and blame', family: 'cultural', hint: 'Who takes the credit for a win, who the blame for a loss' },
  { title: 'Time horizon', family: 'cultural', hint: 'This quarter versus the next few years' },
  { title: 'Rewards', family: 'cultural', hint: 'Commission versus annual bonus, and what each rewards' },
  { title: 'Turf', family: 'cultural', hint: 'Who owns which accounts, leads and decisions' },
  { title: 'Communication', family: 'cultural', hint: 'Meetings, language, who tells whom what' },
  { title: 'Data and tools', family: 'cultural', hint: 'CRM, lead data, reports nobody trusts' },
];

export const KIND_DEFAULTS: Record<ActivityKind, KindDefaults> = {
  welcome: {
    label: 'Welcome',
    title: 'Welcome and purpose',
    prompt: 'Why we are here today, what we will leave with, and how we will work together.',
    minutes: 15,
    notes: 'Introduce the sponsor. State the outcome: an action plan both teams own. Agree ground rules: no blame, phones away.',
    areas: null,
  },
  diagnostic: {
    label: 'Diagnostic',
    title: 'Alignment diagnostic',
    prompt: 'Rate twenty statements about how sales and marketing work together today.',
    minutes: 30,
    notes: 'Use pass-the-laptop so ratings stay private. Show the results only when both teams are done; the gaps start the discussion.',
    areas: null,
  },
  perceptions: {
    label: 'Perceptions',
    title: 'How we see each other',
    prompt: 'For your team: how do we see ourselves, how do we see them, and how do we think they see us?',
    minutes: 45,
    notes: 'Write privately first, then reveal. Read across each row: where the pictures differ is where the work is.',
    areas: perceptionAreas,
  },
  friction: {
    label: 'Friction map',
    title: 'Where the friction is',
    prompt: 'Where do sales and marketing rub against each other? One friction per note.',
    minutes: 40,
    notes: 'Economic tensions (money: budgets, prices, which products to sell) and cultural ones (people, rewards, time horizons) need different fixes. Vote on the three that hurt most.',
    areas: frictionAreas,
  },
  handoff: {
    label: 'Relay handoff map',
    title: 'Passing the baton',
    prompt: 'Stage by stage: what does each team do, who owns it, and where do we run side by side while the baton changes hands?',
    minutes: 60,
    notes: 'A relay baton is passed in an exchange zone where both runners are moving. Look for the stages where both teams must act together, then agree lead definitions and the follow-up time.',
    areas: DEFAULT_STAGES.map((title) => ({ title })),
  },
  messaging: {
    label: 'Messaging harvest',
    title: 'Messages that win',
    prompt: 'Think of a deal we won. What did the customer need, what convinced them, what proved it, and who were they?',
    minutes: 45,
    notes: 'Salespeople tell winning stories; marketers capture them. Vote to choose one insight, benefit, proof and audience for the shared messaging platform.',
    areas: [
      { title: 'Customer insight', hint: 'What the customer needed or feared' },
      { title: 'Compelling benefit', hint: 'Why they chose us' },
      { title: 'Supporting proof', hint: 'What made them believe it' },
      { title: 'Target audience', hint: 'Who they were: role, company, situation' },
    ],
  },
  'action-planning': {
    label: 'Action planning',
    title: 'Commitments and actions',
    prompt: 'Turn the top themes and recommendations into actions with an owner, a date and a measure of success.',
    minutes: 45,
    notes: 'Both heads commit in front of the room. Every action needs one owner.',
    areas: null,
  },
  break: {
    label: 'Break',
    title: 'Break',
    prompt: 'Back in time for the next session.',
    minutes: 15,
    notes: '',
    areas: null,
  },
  'free-board': {
    label: 'Free board',
    title: 'Open board',
    prompt: 'Anything else to capture?',
    minutes: 20,
    notes: '',
    areas: [{ title: 'Ideas' }],
  },
  'plan-review': {
    label: 'Review of the last plan',
    title: 'Review of the last plan',
    prompt: 'What happened to each action from the last workshop?',
    minutes: 40,
    notes: 'Go through the last plan action by action: done, in progress, dropped or carried over. Celebrate what is done before discussing what is stuck; carry over only what still matters, with a new owner or a new date.',
    areas: null,
  },
};
