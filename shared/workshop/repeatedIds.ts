// Ids that appear twice in one list of a workshop. Baton never makes such a file, but a hand-edited
// or foreign one could: two notes sharing an id would move, vote and delete together, so an
// imported file with one is refused, naming both places.
import type { FieldIssue } from '../result';
import type { WorkshopDocument } from './schema';

type List = { path: string; items: readonly { id: string }[] | undefined };

function lists(doc: WorkshopDocument): List[] {
  return [
    { path: 'agenda', items: doc.agenda },
    ...doc.agenda.flatMap((activity, i): List[] => [
      { path: `agenda.${i}.board.areas`, items: activity.board?.areas },
      { path: `agenda.${i}.board.notes`, items: activity.board?.notes },
      { path: `agenda.${i}.board.themes`, items: activity.board?.themes },
      { path: `agenda.${i}.board.ballots`, items: activity.board?.ballots },
      { path: `agenda.${i}.handoff.stages`, items: activity.handoff?.stages },
    ]),
    { path: 'diagnostic.participants', items: doc.diagnostic.participants },
    { path: 'actions', items: doc.actions },
  ];
}

/** The first repeat in each list, with where the id was first used. */
export function repeatedIdIssues(doc: WorkshopDocument): FieldIssue[] {
  return lists(doc).flatMap(({ path, items = [] }) => {
    const first = new Map<string, number>();
    for (const [index, { id }] of items.entries()) {
      const earlier = first.get(id);
      if (earlier !== undefined) return [{ path: `${path}.${index}.id`, message: `repeats the id "${id}" of ${path}.${earlier}` }];
      first.set(id, index);
    }
    return [];
  });
}
