// The chain of earlier workshops a workshop follows up, found through `earlierWorkshopId`. The app's
// export and the results screen load it from storage; this only walks the links.

/** What walking the chain needs of a workshop; a WorkshopDocument is one. */
export interface LinkedWorkshop {
  id: string;
  earlierWorkshopId: string | null;
}

/** More than anyone re-checks one client's relationship; a guard, not a limit a facilitator meets. */
export const MAX_CHAIN_LENGTH = 50;

/**
 * The workshop and those it follows up, newest first: `[start, its earlier one, the one before…]`.
 * A link to a workshop that is missing or cannot be read (`load` gives null, or throws) ends the
 * chain there, as does a link back to a workshop already in it (a cycle): neither is an error.
 */
export async function loadEarlierChain<W extends LinkedWorkshop>(
  start: W,
  load: (id: string) => W | null | Promise<W | null>,
  maxLength = MAX_CHAIN_LENGTH,
): Promise<W[]> {
  const chain = [start];
  const seen = new Set([start.id]);
  let current = start;
  while (current.earlierWorkshopId && chain.length < maxLength) {
    const id = current.earlierWorkshopId;
    if (seen.has(id)) break;
    let earlier: W | null;
    try {
      earlier = await load(id);
    } catch {
      earlier = null;
    }
    if (!earlier || earlier.id !== id) break;
    chain.push(earlier);
    seen.add(id);
    current = earlier;
  }
  return chain;
}
