// The target-level advisor: a few plain questions about the business that suggest how close the
// two teams should work (from staying Undefined up to Integrated), with the reasons in words.
import type { Level } from './model';

export interface AdvisorOption {
  value: string;
  label: string;
}

export interface AdvisorQuestion {
  id: 'salesCycle' | 'keyAccounts' | 'marketChange' | 'firm' | 'relations';
  question: string;
  options: readonly AdvisorOption[];
}

export const ADVISOR_QUESTIONS = [
  {
    id: 'salesCycle',
    question: 'How long and complex is a typical sale?',
    options: [
      { value: 'short', label: 'Short and simple: one buyer, decided in days or weeks' },
      { value: 'medium', label: 'In between' },
      { value: 'long', label: 'Long and complex: many people involved, months to close' },
    ],
  },
  {
    id: 'keyAccounts',
    question: 'How much does revenue depend on a few key accounts?',
    options: [
      { value: 'low', label: 'Little: many customers, none dominant' },
      { value: 'some', label: 'Somewhat' },
      { value: 'high', label: 'A lot: a handful of accounts carry the business' },
    ],
  },
  {
    id: 'marketChange',
    question: 'How fast is the market changing?',
    options: [
      { value: 'stable', label: 'Slowly: offers and buyers are much as they were' },
      { value: 'shifting', label: 'Steadily' },
      { value: 'fast', label: 'Fast: products commoditising, or buyers wanting tailored solutions' },
    ],
  },
  {
    id: 'firm',
    question: 'How large and formal is the company?',
    options: [
      { value: 'small', label: 'Small and informal: people sort things out face to face' },
      { value: 'mid', label: 'Mid-sized' },
      { value: 'large', label: 'Large, with formal structures and processes' },
    ],
  },
  {
    id: 'relations',
    question: 'How do sales and marketing get on today?',
    options: [
      { value: 'friendly', label: 'Well: friendly and cooperative' },
      { value: 'workable', label: 'Workably, with some friction' },
      { value: 'strained', label: 'Badly: blame, disputes and turf wars' },
    ],
  },
] as const satisfies readonly AdvisorQuestion[];

export type AdvisorQuestionId = (typeof ADVISOR_QUESTIONS)[number]['id'];
export type AdvisorAnswers = Partial<Record<AdvisorQuestionId, string>>;

/** Any level can be the target: a small firm that works well informally may rightly stay Undefined. */
export type TargetLevel = Level;

export interface TargetAdvice {
  level: TargetLevel;
  /** Short sentences explaining the suggestion, most important first. */
  rationale: string[];
  /** Questions still unanswered; the advice treats them as the middle option. */
  unanswered: AdvisorQuestionId[];
}

// Long, complex sales and dependence on key accounts pull towards integration; a market that is
// commoditising or wants tailored solutions is the framework's reason to move from Defined to Aligned.
const pull: Record<string, number> = { long: 2, medium: 1, high: 2, some: 1 };

export function adviseTargetLevel(answers: AdvisorAnswers): TargetAdvice {
  const unanswered = ADVISOR_QUESTIONS.map((q) => q.id).filter((id) => !answers[id]);
  const { salesCycle = 'medium', keyAccounts = 'some', marketChange = 'shifting', firm = 'mid', relations = 'workable' } = answers;
  // How strongly the way the company sells rewards tight integration: 0 (not at all) to 4.
  const integrationPull = (pull[salesCycle] ?? 0) + (pull[keyAccounts] ?? 0);
  const quietMarket = marketChange !== 'fast';

  const rationale: string[] = [];
  let level: TargetLevel;
  if (integrationPull >= 4) {
    level = 'Integrated';
    rationale.push('Long, complex sales to a few key accounts are where shared processes, metrics, budgets and rewards repay their cost.');
  } else if (!quietMarket) {
    level = 'Aligned';
    rationale.push(
      'When products are becoming commodities or buyers want tailored solutions, rules and handoffs are no longer enough: the teams need to plan together and work each other\'s ground.',
    );
  } else if (firm === 'small' && integrationPull <= 1 && relations === 'friendly') {
    level = 'Undefined';
    rationale.push(
      'A small company whose teams already get on informally has no need to disturb what works: keep talking face to face and revisit this if the business grows or friction appears.',
    );
  } else if (firm === 'small' && integrationPull <= 1 && relations === 'workable') {
    level = 'Defined';
    rationale.push(
      'A small company with simple sales mostly needs clear rules and handoffs to take the friction out; a heavier structure would cost more than it returns.',
    );
  } else {
    level = 'Aligned';
    rationale.push('Most companies do best with aligned teams: joint planning, a common language and people who know each other\'s work, without merging the functions.');
  }

  // Only answers actually given count as signs, not the middle answers assumed for blanks.
  const answeredPull = [answers.salesCycle, answers.keyAccounts].reduce((sum, a) => sum + (a ? (pull[a] ?? 0) : 0), 0);
  if (level !== 'Integrated' && answeredPull >= 3) {
    rationale.push('Some signs favour going further later: revisit the target once the teams are working well at this level.');
  }
  if (level === 'Integrated' && firm === 'small') {
    rationale.push('In a small company integration can stay light: shared targets and one pipeline matter more than new structures.');
  }
  if (relations === 'strained') {
    rationale.push('Relations are strained today, so whatever the target, start with rules of engagement that stop the disputes.');
  }
  if (unanswered.length > 0) {
    rationale.push(`${unanswered.length} of ${ADVISOR_QUESTIONS.length} questions are unanswered; the advice assumes the middle answer for them.`);
  }
  return { level, rationale, unanswered };
}
