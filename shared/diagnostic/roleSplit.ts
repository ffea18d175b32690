// How a team's heads see the relationship against their staff (the framework has both answer):
// for each team with counted heads and counted staff, each group's mean and level, and the
// statements on which they differ most. Scored by scoreDiagnostic itself on each group, so every
// figure follows the same rules (counting, prorating, rounding) as the team's own.
import {
  DIAGNOSTIC_TEAMS,
  type DiagnosticParticipant,
  type DiagnosticTeam,
  type ParticipantRole,
  type TeamScore,
} from './model';
import { scoreDiagnostic } from './score';

/** How many statements a split lists, largest difference first. */
export const ROLE_SPLIT_STATEMENTS = 3;

export interface RoleStatementDifference {
  statement: number;
  /** Mean answers, two decimals. */
  heads: number;
  staff: number;
  /** Staff − heads, two decimals. */
  difference: number;
}

export interface TeamRoleSplit {
  team: DiagnosticTeam;
  heads: TeamScore;
  staff: TeamScore;
  /** Staff mean − heads mean, one decimal. */
  difference: number;
  levelsDiffer: boolean;
  /** Statements both groups answered, largest |difference| first (ties: lower number first), non-zero only. */
  statements: RoleStatementDifference[];
}

const byRole = (participants: readonly DiagnosticParticipant[], role: ParticipantRole) =>
  participants.filter((p) => p.role === role);

/** Means are in tenths or hundredths already, so differences are exact in whole units of them. */
const minus = (a: number, b: number, decimals: number) => (Math.round(a * 10 ** decimals) - Math.round(b * 10 ** decimals)) / 10 ** decimals;

export function roleSplits(participants: readonly DiagnosticParticipant[], { top = ROLE_SPLIT_STATEMENTS } = {}): TeamRoleSplit[] {
  const heads = scoreDiagnostic(byRole(participants, 'head'));
  const staff = scoreDiagnostic(byRole(participants, 'staff'));
  return DIAGNOSTIC_TEAMS.flatMap((team): TeamRoleSplit[] => {
    const h = heads.teams[team];
    const s = staff.teams[team];
    if (!h || !s) return [];
    const statements = heads.statements
      .flatMap((result, i): RoleStatementDifference[] => {
        const hs = result.teams[team];
        const ss = staff.statements[i]!.teams[team];
        if (!hs || !ss) return [];
        return [{ statement: result.statement, heads: hs.mean, staff: ss.mean, difference: minus(ss.mean, hs.mean, 2) }];
      })
      .filter((d) => d.difference !== 0)
      .sort((a, b) => Math.abs(b.difference) - Math.abs(a.difference) || a.statement - b.statement)
      .slice(0, top);
    return [{ team, heads: h, staff: s, difference: minus(s.mean, h.mean, 1), levelsDiffer: h.level !== s.level, statements }];
  });
}
