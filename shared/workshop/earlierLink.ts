// Linking a workshop to the earlier one it follows up (`earlierWorkshopId`): which workshops to
// offer (the same client's first), which links are refused (itself, or one that would loop back),
// and walking the chain of earlier workshops for the comparison and the trend.
import { fail, ok, type Result } from '../result';
import { sameClient } from './clients';
import type { WorkshopDocument, WorkshopSummary } from './schema';

type LinkOf = (id: string) => string | null | undefined;

/** A lookup of each listed workshop's earlier link. */
export function linksOf(workshops: readonly Pick<WorkshopSummary, 'id' | 'earlierWorkshopId'>[]): LinkOf {
  const links = new Map(workshops.map((w) => [w.id, w.earlierWorkshopId]));
  return (id) => links.get(id);
}

/**
 * True when `earlierId` already follows `id` (directly or further down its chain), so linking
 * `id` to it would make a loop. Stops at a missing workshop and at a loop already there.
 */
export function leadsTo(fromId: string, toId: string, linkOf: LinkOf): boolean {
  const seen = new Set<string>();
  for (let at: string | null | undefined = fromId; at && !seen.has(at); at = linkOf(at)) {
    if (at === toId) return true;
    seen.add(at);
  }
  return false;
}

/** Why `id` cannot be linked to `earlierId`, or null when it can (null `earlierId` unlinks). */
export function linkProblem(id: string, earlierId: string | null, linkOf: LinkOf): string | null {
  if (earlierId === null) return null;
  if (earlierId === id) return 'A workshop cannot be linked to itself.';
  if (leadsTo(earlierId, id, linkOf)) return 'That workshop already follows this one, so linking to it would make a loop. Choose a workshop that came before.';
  return null;
}

/** When a workshop took place: its date, else the day it was last changed. */
const occasion = (w: Pick<WorkshopSummary, 'date' | 'updatedAt'>) => w.date || w.updatedAt.slice(0, 10);

export interface LinkCandidates {
  /** The same client's workshops: those held before this one, latest first, then later ones. */
  suggested: WorkshopSummary[];
  /** Every other workshop in the same order. */
  others: WorkshopSummary[];
  /** How many were left out because they already follow this workshop. */
  followers: number;
}

/** The workshops `current` may be linked to, the same client's suggested first. */
export function linkCandidates(current: Pick<WorkshopSummary, 'id' | 'client' | 'date' | 'updatedAt'>, workshops: readonly WorkshopSummary[]): LinkCandidates {
  const linkOf = linksOf(workshops);
  const when = occasion(current);
  const before = (w: WorkshopSummary) => occasion(w) <= when;
  const ordered = workshops
    .filter((w) => w.id !== current.id)
    .sort((a, b) => Number(before(b)) - Number(before(a)) || occasion(b).localeCompare(occasion(a)) || a.title.localeCompare(b.title));
  const allowed = ordered.filter((w) => !leadsTo(w.id, current.id, linkOf));
  return {
    suggested: allowed.filter((w) => sameClient(w.client, current.client)),
    others: allowed.filter((w) => !sameClient(w.client, current.client)),
    followers: ordered.length - allowed.length,
  };
}

/** More earlier workshops than this are not loaded: three years of quarterly re-checks. */
export const CHAIN_MAX = 12;

export type ChainEnd =
  /** The oldest workshop loaded is not linked further. */
  | { kind: 'complete' }
  /** A link names a workshop that is no longer here (deleted, or from another machine). */
  | { kind: 'missing'; id: string }
  /** A linked workshop is here but could not be read. */
  | { kind: 'unreadable'; id: string; message: string }
  /** A link leads back to a workshop already in the chain (only possible in files edited by hand). */
  | { kind: 'loop'; id: string }
  /** CHAIN_MAX earlier workshops were loaded and there are more. */
  | { kind: 'limit' };

export interface EarlierChain {
  /** The earlier workshops, the nearest (the one `current` links to) first. */
  earlier: WorkshopDocument[];
  /** Why the walk stopped. */
  end: ChainEnd;
}

type Load = (id: string) => Promise<Result<WorkshopDocument>>;

/**
 * Follows `current`'s earlier links one workshop at a time (each one's link is only known once it
 * is read), reporting each loaded workshop to `onLoaded` for progress. Never loops and never fails:
 * a missing or unreadable workshop ends the chain and says so.
 */
export async function loadEarlierChain(
  current: Pick<WorkshopDocument, 'id' | 'earlierWorkshopId'>,
  load: Load,
  onLoaded: (count: number) => void = () => {},
  max = CHAIN_MAX,
): Promise<EarlierChain> {
  const earlier: WorkshopDocument[] = [];
  const seen = new Set([current.id]);
  for (let next = current.earlierWorkshopId; next; next = earlier.at(-1)!.earlierWorkshopId) {
    if (seen.has(next)) return { earlier, end: { kind: 'loop', id: next } };
    if (earlier.length === max) return { earlier, end: { kind: 'limit' } };
    seen.add(next);
    const loaded = await load(next);
    if (!loaded.ok) {
      const end: ChainEnd = loaded.error.code === 'not-found' ? { kind: 'missing', id: next } : { kind: 'unreadable', id: next, message: loaded.error.message };
      return { earlier, end };
    }
    earlier.push(loaded.value);
    onLoaded(earlier.length);
  }
  return { earlier, end: { kind: 'complete' } };
}

/** The link to check when a save sets `earlierWorkshopId`, as a service answer. */
export function checkLink(id: string, earlierId: string | null, linkOf: LinkOf): Result<null> {
  const problem = linkProblem(id, earlierId, linkOf);
  return problem ? fail('invalid-request', problem, [{ path: 'earlierWorkshopId', message: problem }]) : ok(null);
}
