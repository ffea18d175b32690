// The diagnostic's vocabulary: teams, answers, levels and the shapes its results take.

/** Teams as the diagnostic counts them; leadership and guests answer as `other`. */
export const DIAGNOSTIC_TEAMS = ['sales', 'marketing', 'other'] as const;
export type DiagnosticTeam = (typeof DIAGNOSTIC_TEAMS)[number];

export const TEAM_LABELS: Record<DiagnosticTeam, string> = {
  sales: 'Sales',
  marketing: 'Marketing',
  other: 'Other',
};

/** A participant's place in their team, when the facilitator records it; the framework compares the heads' view with their people's. */
export const PARTICIPANT_ROLES = ['head', 'staff'] as const;
export type ParticipantRole = (typeof PARTICIPANT_ROLES)[number];

export const ROLE_LABELS: Record<ParticipantRole, string> = {
  head: 'Head of team',
  staff: 'Staff',
};

export const STATEMENT_COUNT = 20;
/** A rating from 1 (strongly disagree) to 5 (strongly agree), or null when skipped. */
export type Answer = 1 | 2 | 3 | 4 | 5 | null;

/** Fewer answers than this and a participant is not counted. */
export const MIN_ANSWERED = 16;

export const LEVELS = ['Undefined', 'Defined', 'Aligned', 'Integrated'] as const;
export type Level = (typeof LEVELS)[number];

export interface DiagnosticParticipant {
  id: string;
  /** May be blank; shown as "Sales 1", "Marketing 2"… then. */
  name: string;
  team: DiagnosticTeam;
  /** Unset (null or absent) unless the facilitator recorded it. */
  role?: ParticipantRole | null;
  /** Always 20 entries, statement 1 first. */
  answers: Answer[];
}

export interface ParticipantScore {
  id: string;
  /** The name to show, already anonymised or numbered ("Sales 2") where needed. */
  label: string;
  team: DiagnosticTeam;
  answered: number;
  /** Sum of the answers given. */
  sum: number;
  /** 20–100, prorated from 16–19 answers; null when not counted. */
  total: number | null;
  prorated: boolean;
  counted: boolean;
  level: Level | null;
}

export interface TeamScore {
  /** Counted participants. */
  n: number;
  /** Mean of their totals, one decimal. */
  mean: number;
  level: Level;
}

export interface OverallScore {
  mean: number | null;
  level: Level | null;
  /** Set when overall does not rest on both teams, e.g. only sales has counted participants. */
  warning: string | null;
}

export interface StatementTeamStats {
  /** Answers given (skips excluded) by counted participants. */
  n: number;
  /** Two decimals. */
  mean: number;
  /** Population standard deviation, two decimals. */
  sd: number;
  /** The team is split on this statement: sd ≥ 1.2 with at least 3 answers. */
  split: boolean;
}

export interface StatementResult {
  /** 1–20. */
  statement: number;
  teams: Partial<Record<DiagnosticTeam, StatementTeamStats>>;
  /** Marketing mean − sales mean, two decimals; null unless both teams answered. */
  gap: number | null;
  /** |gap| ≥ 1.00 with both teams answering. */
  gapFlagged: boolean;
}

export interface GapResult {
  statement: number;
  sales: number;
  marketing: number;
  gap: number;
}

export interface SplitResult {
  team: DiagnosticTeam;
  statement: number;
  sd: number;
}

export interface DiagnosticResult {
  participants: ParticipantScore[];
  /** A key for each team with at least one counted participant. */
  teams: Partial<Record<DiagnosticTeam, TeamScore>>;
  overall: OverallScore;
  statements: StatementResult[];
  /** Flagged gaps, largest |gap| first (ties: lower statement number first). */
  gaps: GapResult[];
  /** Flagged splits, largest sd first. */
  splits: SplitResult[];
  /** Per team with counted participants: group id → mean answer (1–5, two decimals), null if none. */
  subscores: Partial<Record<DiagnosticTeam, Record<string, number | null>>>;
}
