// What moves a relationship up a level, in Baton's words: the actions behind the recommendations.
// Each names the sub-score groups and statements it addresses, so recommendations can be ranked
// by how weak those areas are in a given workshop.
import type { Level } from './model';

export type Step = 'Undefined→Defined' | 'Defined→Aligned' | 'Aligned→Integrated' | 'Sustain';

export interface PlaybookAction {
  /** Stable id, used as the source of actions planned from a recommendation. */
  id: string;
  step: Step;
  title: string;
  detail: string;
  groups: readonly string[];
  statements: readonly number[];
}

/** What a recommendation belongs to: a playbook step, or a talk the data calls for. */
export type RecommendationStep = Step | 'Gap' | 'Perception';

/** How a step reads in headings, on screen and on paper. */
export const STEP_LABELS: Record<RecommendationStep, string> = {
  Perception: 'Close the perception gap first',
  'Undefined→Defined': 'From Undefined to Defined',
  'Defined→Aligned': 'From Defined to Aligned',
  'Aligned→Integrated': 'From Aligned to Integrated',
  Sustain: 'Sustain the level reached',
  Gap: 'Talk through the widest gaps',
};

export const STEP_OF: Record<Exclude<Level, 'Integrated'>, Step> = {
  Undefined: 'Undefined→Defined',
  Defined: 'Defined→Aligned',
  Aligned: 'Aligned→Integrated',
};

export const PLAYBOOK: readonly PlaybookAction[] = [
  {
    id: 'define/rules-of-engagement',
    step: 'Undefined→Defined',
    title: 'Agree rules of engagement',
    detail: 'Write down who does what, who decides what, and how a disagreement between the teams gets settled.',
    groups: ['trust'],
    statements: [2, 10],
  },
  {
    id: 'define/handoff-points',
    step: 'Undefined→Defined',
    title: 'Fix the handoff points',
    detail: 'Agree which leads marketing passes on, who follows up each one and how quickly, and what happens to leads sales sends back.',
    groups: ['customers', 'structure'],
    statements: [9, 14],
  },
  {
    id: 'define/shared-definitions',
    step: 'Undefined→Defined',
    title: 'Define the contested terms',
    detail: 'Settle what words like "qualified lead" and "opportunity" mean, and publish the definitions where both teams work.',
    groups: ['communication'],
    statements: [7],
  },
  {
    id: 'define/meeting-rhythm',
    step: 'Undefined→Defined',
    title: 'Set a regular meeting rhythm',
    detail: 'Book a joint meeting of the two teams at least once a quarter, monthly where you can, on fixed dates, so issues surface before they turn into disputes.',
    groups: ['trust', 'planning'],
    statements: [8, 10],
  },
  {
    id: 'align/disciplined-communication',
    step: 'Defined→Aligned',
    title: 'Make joint meetings count',
    detail: 'Put opportunities and problems on every agenda, agree when to involve whom, and keep a "who to call" list for both teams.',
    groups: ['communication', 'trust'],
    statements: [6, 10],
  },
  {
    id: 'align/joint-assignments',
    step: 'Defined→Aligned',
    title: "Work on each other's turf",
    detail: 'Send marketers on sales calls and into account planning; bring salespeople into marketing and product planning.',
    groups: ['customers', 'planning'],
    statements: [3, 4, 13],
  },
  {
    id: 'align/job-rotation',
    step: 'Defined→Aligned',
    title: 'Rotate people between the teams',
    detail: 'Offer short rotations and career moves across the two functions so each side learns how the other works.',
    groups: ['structure'],
    statements: [18],
  },
  {
    id: 'align/account-playbook',
    step: 'Defined→Aligned',
    title: 'Write a joint playbook for top accounts',
    detail: 'Plan the most important accounts together: messages, offers, contacts and who does what.',
    groups: ['customers'],
    statements: [13],
  },
  {
    id: 'align/marketing-liaison',
    step: 'Defined→Aligned',
    title: 'Name a marketing liaison for the sales force',
    detail: 'Give sales one trusted person in marketing who knows the field, carries requests and reports back.',
    groups: ['communication'],
    statements: [6],
  },
  {
    id: 'align/collateral-review',
    step: 'Defined→Aligned',
    title: 'Let sales shape the material before it is made',
    detail: 'Before marketing produces a brochure, deck or case study, a few salespeople review the brief and the draft and say what will work in front of customers.',
    groups: ['communication'],
    statements: [5],
  },
  {
    id: 'align/joint-training',
    step: 'Defined→Aligned',
    title: 'Train and meet customers together',
    detail: 'Plan product training, sales conferences and customer events as one team, with speakers and sessions from both sides.',
    groups: ['structure'],
    statements: [19],
  },
  {
    id: 'align/co-location',
    step: 'Defined→Aligned',
    title: 'Sit the teams near each other',
    detail: 'Share space, or shared channels for remote teams, so everyday questions get asked and answered quickly.',
    groups: ['communication', 'trust'],
    statements: [7, 16],
  },
  {
    id: 'align/feedback-loop',
    step: 'Defined→Aligned',
    title: 'Make feedback from the field effortless',
    detail: 'Give salespeople a quick way to pass on what customers say, and show them what marketing did with it.',
    groups: ['communication'],
    statements: [6],
  },
  {
    id: 'integrate/single-owner',
    step: 'Aligned→Integrated',
    title: 'Give revenue to one executive',
    detail: 'Have both teams report to one leader who owns revenue or the customer relationship end to end.',
    groups: ['structure'],
    statements: [17],
  },
  {
    id: 'integrate/joint-funnel',
    step: 'Aligned→Integrated',
    title: 'Design the buying funnel together',
    detail: 'Map how customers buy, stage by stage, and name who is responsible at each stage and where the teams run together.',
    groups: ['structure', 'customers', 'forecasting'],
    statements: [9, 14, 15],
  },
  {
    id: 'integrate/upstream-downstream',
    step: 'Aligned→Integrated',
    title: 'Split marketing into upstream and downstream roles',
    detail: 'Let part of marketing work on strategy and future offers with sales leadership, and part on campaigns that support current deals.',
    groups: ['planning'],
    statements: [8, 11],
  },
  {
    id: 'integrate/shared-targets',
    step: 'Aligned→Integrated',
    title: 'Share targets, metrics and rewards',
    detail: 'Judge and reward both teams on the same revenue and customer measures.',
    groups: ['structure', 'trust'],
    statements: [12, 16],
  },
  {
    id: 'integrate/joint-budget',
    step: 'Aligned→Integrated',
    title: 'Plan and budget as one',
    detail: "Build one plan and one budget for winning customers, and present each other's part of it to senior management.",
    groups: ['planning'],
    statements: [4, 11, 20],
  },
  {
    id: 'integrate/shared-data',
    step: 'Aligned→Integrated',
    title: 'Share customer data',
    detail: 'Keep one view of customers and pipeline that both teams use to forecast and to improve the funnel.',
    groups: ['forecasting'],
    statements: [1, 15],
  },
  {
    id: 'sustain/re-assess',
    step: 'Sustain',
    title: 'Re-run the diagnostic regularly',
    detail: 'Repeat this diagnostic every quarter or two and compare: drift shows up in the numbers before it shows up in results.',
    groups: [],
    statements: [],
  },
  {
    id: 'sustain/protect-routines',
    step: 'Sustain',
    title: 'Protect the joint routines',
    detail: 'Keep the shared meetings, metrics and planning going when budgets tighten or leaders change.',
    groups: ['trust', 'planning'],
    statements: [8, 10, 16],
  },
  {
    id: 'sustain/onboard-together',
    step: 'Sustain',
    title: 'Bring newcomers into the shared way of working',
    detail: 'Onboard new hires of both teams together, so the common language and habits outlast the people who built them.',
    groups: ['communication', 'structure'],
    statements: [7, 19],
  },
];
