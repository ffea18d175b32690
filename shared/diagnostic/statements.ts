// The twenty diagnostic statements, written for Baton, one per theme of the framework, in order.
// Participants rate each from 1 (strongly disagree) to 5 (strongly agree). Each asks one thing, so
// one rating answers it (see STATEMENT_WORDING, printed in the report's method section).

export interface Statement {
  /** 1–20. */
  number: number;
  /** `s1`…`s20`, as in CSV headers. */
  key: string;
  text: string;
  /** A few words for charts and tables. */
  short: string;
}

const texts: [short: string, text: string][] = [
  ['Results match forecast', 'Our sales results usually come in close to what we forecast.'],
  ['No blame when results slip', 'When results disappoint, neither team points the finger at the other.'],
  ['Marketers meet key customers', 'People from marketing meet key customers while deals are being worked.'],
  ['Sales helps write the marketing plan', 'Marketing asks sales to help put the marketing plan together.'],
  ['Collateral helps sell', 'Salespeople find the material marketing produces genuinely useful in front of customers.'],
  ['Sales feeds back willingly', 'Sales readily gives marketing the feedback it asks for.'],
  ['Common vocabulary', 'The two teams use the same words for the same things.'],
  ['Heads discuss what lies ahead', 'The heads of sales and marketing regularly talk about ideas, market signals and product direction.'],
  ['Buying process mapped together', 'The teams work out together how customers in each segment actually buy.'],
  ['Joint meetings stay constructive', 'Our joint meetings are not swallowed up by disputes and fire-fighting.'],
  ['Planning two years out', 'The two heads plan together for the offers we will bring to market two or more years from now.'],
  ['Shared measures of success', 'Both teams are judged on some of the same measures of success.'],
  ['Marketing shapes key-account strategy', 'Marketing helps shape and carry out the strategy for our key accounts.'],
  ['One funnel, designed together', 'Both teams work one pipeline, designed together, from spotting demand to serving customers.'],
  ['Funnel data improves the funnel', 'Marketing studies pipeline data to make the funnel more predictable and effective.'],
  ['We win or lose together', 'Both teams strongly feel that they succeed or fail together.'],
  ['One executive owns revenue', 'Sales and marketing report to one executive who is accountable for revenue or the customer.'],
  // One question, not two: moves in either direction count, as the framework's theme is movement between the functions.
  ['People move between teams', 'During their careers here, people move between sales and marketing, in either direction.'],
  ['Training and events run jointly', 'The teams design and run training, events and learning together.'],
  ["Each helps present the other's plan", "Each team helps prepare and present the other team's plans to senior management."],
];

export const STATEMENTS: readonly Statement[] = texts.map(([short, text], i) => ({
  number: i + 1,
  key: `s${i + 1}`,
  text,
  short,
}));

/** How Baton's wording relates to the framework's questionnaire, for the method section and the README. */
export const STATEMENT_WORDING =
  'The twenty statements are Baton’s own words for the themes of the questionnaire in Kotler, Rackham and Krishnaswamy’s article, one statement per theme and in the same order, so the 20–100 total, the sub-scores and the level bands apply unchanged. Each statement asks one thing, since a single rating cannot answer two questions: statement 18 asks whether people move between sales and marketing in either direction, rather than about moves from sales to marketing and from marketing to sales in one sentence, which someone who sees moves only one way could not rate.';

/** The words for each point of the 1–5 scale, shown beside the numbers on every answer screen. */
export const ANSWER_SCALE: readonly { value: 1 | 2 | 3 | 4 | 5; label: string }[] = [
  { value: 1, label: 'Strongly disagree' },
  { value: 2, label: 'Disagree' },
  { value: 3, label: 'Neither' },
  { value: 4, label: 'Agree' },
  { value: 5, label: 'Strongly agree' },
];

export interface StatementGroup {
  id: string;
  name: string;
  /** Statement numbers (1–20). */
  statements: readonly number[];
}

/** The six sub-scores. */
export const STATEMENT_GROUPS: readonly StatementGroup[] = [
  { id: 'forecasting', name: 'Forecasting & results', statements: [1, 15] },
  { id: 'trust', name: 'Trust & conflict', statements: [2, 10, 16] },
  { id: 'customers', name: 'Customer engagement', statements: [3, 9, 13] },
  { id: 'planning', name: 'Planning & strategy', statements: [4, 8, 11, 20] },
  { id: 'communication', name: 'Communication & feedback', statements: [5, 6, 7] },
  { id: 'structure', name: 'Structure, metrics & people', statements: [12, 14, 17, 18, 19] },
];
