// Clients: when two names are one client (for the home screen and for suggesting an earlier
// workshop to link), workshops grouped by client name with counts, and the search over titles and
// client names. A facilitator works with one client for months, so a long list needs both.
import type { WorkshopSummary } from './schema';

/** Client names as a facilitator means them: case, accents' composition and spacing ignored. */
export function clientKey(client: string): string {
  return client.normalize('NFC').trim().replace(/\s+/gu, ' ').toLocaleLowerCase('en');
}

/** Two client names name the same client; a blank name matches nothing. */
export function sameClient(a: string, b: string): boolean {
  const key = clientKey(a);
  return key !== '' && key === clientKey(b);
}

/** Stands for "no client given" in a filter; a real client name is never empty. */
export const NO_CLIENT = '';

export interface ClientGroup {
  /** The client's name as first written (NO_CLIENT for workshops without one). */
  client: string;
  count: number;
}

/** Each client once (clientKey: "ACME " and "Acme" are one), with how many workshops it has: named clients A–Z, then those without one. */
export function clientGroups(workshops: readonly Pick<WorkshopSummary, 'client'>[]): ClientGroup[] {
  const groups = new Map<string, ClientGroup>();
  for (const { client } of workshops) {
    const key = clientKey(client);
    const group = groups.get(key);
    if (group) group.count += 1;
    else groups.set(key, { client: key ? client.trim().replace(/\s+/g, ' ') : NO_CLIENT, count: 1 });
  }
  return [...groups.values()].sort((a, b) => (!a.client ? 1 : !b.client ? -1 : a.client.localeCompare(b.client, undefined, { sensitivity: 'base' })));
}

export interface WorkshopFilter {
  /** Words to find in the title or client name, in any order; empty finds every workshop. */
  query: string;
  /** Only this client's workshops (compared by clientKey); null for every client. */
  client: string | null;
}

/** Letters compared without case or accents ("Société" is found by "societe"). */
const fold = (text: string) => text.normalize('NFD').replace(/\p{M}/gu, '').toLocaleLowerCase();

/** The workshops that pass the filter, in the order given. */
export function filterWorkshops<W extends Pick<WorkshopSummary, 'title' | 'client'>>(workshops: readonly W[], filter: WorkshopFilter): W[] {
  const words = fold(filter.query).split(/\s+/).filter(Boolean);
  const client = filter.client === null ? null : clientKey(filter.client);
  return workshops.filter((w) => {
    if (client !== null && clientKey(w.client) !== client) return false;
    const haystack = fold(`${w.title} ${w.client}`);
    return words.every((word) => haystack.includes(word));
  });
}
