// The report a sponsor reads, as data: what the summary screen shows and the PDF prints, so the
// two can never disagree. Built by buildReport() from a workshop document; JSON-serialisable.
import type { ActionStatus, Priority } from '../actions/schema';
import type { HandoffStage } from '../agenda/handoff';
import type { Level } from '../diagnostic/model';
import type { Recommendation } from '../diagnostic/recommend';
import type { SinceLastTime } from './sinceLastTime';
import type { TopItem } from './topThemes';

export interface LevelRow {
  label: string;
  mean: number | null;
  level: Level | null;
  /** Counted participants, for teams. */
  n?: number;
}

export interface GapRow {
  statement: number;
  short: string;
  text: string;
  sales: number;
  marketing: number;
  gap: number;
}

export interface RoleGroupRow {
  n: number;
  mean: number;
  level: Level;
}

export interface RoleSplitRow {
  team: string;
  heads: RoleGroupRow;
  staff: RoleGroupRow;
  /** Staff − heads, one decimal. */
  difference: number;
  levelsDiffer: boolean;
  /** Where they differ most, largest first: mean answers and staff − heads, two decimals. */
  statements: { statement: number; short: string; heads: number; staff: number; difference: number }[];
}

export interface ActionRow {
  number: number;
  id: string;
  title: string;
  description: string;
  owner: string;
  team: string;
  due: string;
  dueIso: string;
  pastDue: boolean;
  metric: string;
  priority: string;
  priorityKey: Priority;
  status: string;
  statusKey: ActionStatus;
  /** Where the action came from (its source's label); '' for none. */
  source: string;
  /** The same in words for the reader: "From …", "Carried over from …" (shared/actions/origin.ts). */
  origin: string;
}

export interface PlanCounts {
  actions: number;
  byPriority: Record<Priority, number>;
  overdue: number;
  done: number;
}

/** Action numbers the sponsor has to settle: nobody owns them, no date is set, or the date has passed. */
export interface SponsorAttention {
  noOwner: number[];
  noDue: number[];
  overdue: number[];
}

/** A recommendation with the numbers of the actions the plan took from it. */
export interface ReportRecommendation extends Recommendation {
  actions: number[];
  /** One of the few the data points to first ("Where to start"); these lead the list. */
  startHere: boolean;
}

export interface BoardItem {
  kind: 'theme' | 'note';
  label: string;
  votes: number;
  team?: string;
  notes?: string[];
}

export interface ReportModel {
  title: string;
  client: string;
  date: string;
  /** The workshop date as YYYY-MM-DD, or the report date when the workshop has none. */
  dateIso: string;
  facilitator: string;
  generatedOn: string;
  generatedIso: string;
  anonymous: boolean;
  summary: {
    /** One sentence computed from the scores. */
    takeaway: string;
    headline: string;
    levels: LevelRow[];
    /** `rationale` is the advisor's, for `suggested`; it is printed with the target whichever was chosen. */
    target: { level: Level; chosen: boolean; suggested: Level; rationale: string[] };
    counts: { participants: number; counted: number; notes: number; themes: number } & PlanCounts;
    attention: SponsorAttention;
    warning: string | null;
    topGaps: GapRow[];
    topThemes: TopItem[];
    topActions: ActionRow[];
  };
  diagnostic: {
    participants: number;
    counted: number;
    charts: { ladder: string; statements: string; subscores: string };
    statements: { number: number; short: string; sales: number | null; marketing: number | null; gap: number | null; flagged: boolean }[];
    subscores: { group: string; statements: string; sales: number | null; marketing: number | null; other: number | null }[];
    splits: { team: string; statement: number; short: string; sd: number }[];
    /** Teams with counted heads and counted staff (shared/diagnostic/roleSplit.ts); group figures, never names. */
    roleSplits: RoleSplitRow[];
    /** Why some teams' heads and staff are not compared (an anonymous workshop's small groups); null when none is left out. */
    roleSplitsWithheld: string | null;
    notCounted: string[];
    prorated: string[];
  };
  /** How the diagnostic moved since the earlier workshop this one follows up; null without one. */
  sinceLastTime: SinceLastTime | null;
  gaps: GapRow[];
  recommendations: ReportRecommendation[];
  boards: { activity: string; kind: string; areas: { title: string; items: BoardItem[] }[]; hiddenNotes: number }[];
  handoffs: {
    activity: string;
    stages: HandoffStage[];
    mqlDefinition: string;
    sqlDefinition: string;
    followUpHours: number | null;
    followUpNotes: string;
    returnedLeads: string;
  }[];
  messaging: { activity: string; platform: { area: string; text: string; basis: string }[] }[];
  actions: ActionRow[];
  /** The wall plan: the actions on a timeline from the workshop to the last due date. */
  wallPlan: { chart: string; undated: number[] };
  commitments: { team: string; head: string; statement: string }[];
  nextSteps: { reassessIso: string; reassessOn: string; items: string[] };
  appendix: {
    notes: { activity: string; area: string; text: string; team: string; author: string; votes: number; theme: string }[];
    participants: { label: string; team: string; answered: number; total: number | null; prorated: boolean; level: Level | null }[];
  };
  method: { paragraphs: string[]; attribution: string };
}
