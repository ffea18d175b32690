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
  TEAM_LABELS,
} from './model';
import { differenceOf } from './rounding';
import { scoreDiagnostic } from './score';

/** How many statements a split lists, largest difference first. */
export const ROLE_SPLIT_STATEMENTS = 3;

/**
 * In an anonymous workshop, the fewest counted people a group needs before its figures are shown:
 * a team usually has one head, and a "group" of one is that person's own answers, which anonymity
 * promises not to show. In a named workshop everyone's own score is in the report anyway.
 */
export const ANONYMOUS_MIN_GROUP = 3;

export interface RoleSplits {
  shown: TeamRoleSplit[];
  /** Teams with heads and staff counted whose split is not shown, as a group was too small. */
  withheld: DiagnosticTeam[];
}

/** The splits a workshop may show: all of them, or in an anonymous one those of big enough groups. */
export function visibleRoleSplits(participants: readonly DiagnosticParticipant[], { anonymous }: { anonymous: boolean }): RoleSplits {
  const all = roleSplits(participants);
  const bigEnough = (s: TeamRoleSplit) => !anonymous || Math.min(s.heads.n, s.staff.n) >= ANONYMOUS_MIN_GROUP;
  return { shown: all.filter(bigEnough), withheld: all.filter((s) => !bigEnough(s)).map((s) => s.team) };
}

/** Why a team's heads and staff are not compared, for the screen and the PDF; null when none is withheld. */
export function withheldSplitNote(withheld: readonly DiagnosticTeam[]): string | null {
  if (withheld.length === 0) return null;
  const teams = withheld.map((t) => TEAM_LABELS[t].toLowerCase()).join(' and ');
  return `Heads and staff of ${teams} are not compared: in an anonymous workshop each group needs at least ${ANONYMOUS_MIN_GROUP} people counted, so that no one's own answers can be told apart.`;
}

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
        return [{ statement: result.statement, heads: hs.mean, staff: ss.mean, difference: differenceOf(ss.mean, hs.mean, 2) }];
      })
      .filter((d) => d.difference !== 0)
      .sort((a, b) => Math.abs(b.difference) - Math.abs(a.difference) || a.statement - b.statement)
      .slice(0, top);
    return [{ team, heads: h, staff: s, difference: differenceOf(s.mean, h.mean, 1), levelsDiffer: h.level !== s.level, statements }];
  });
}
