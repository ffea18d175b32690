// The home screen's search and client filter: words found in titles and client names, and one
// client's workshops at a time, each client listed with how many workshops it has.
import { useId, useMemo } from 'react';
import { clientGroups, NO_CLIENT, type WorkshopFilter } from '../../../shared/workshop/clients';
import type { WorkshopSummary } from '../../../shared/workshop/schema';

interface WorkshopFiltersProps {
  workshops: readonly WorkshopSummary[];
  filter: WorkshopFilter;
  onChange(filter: WorkshopFilter): void;
  /** How many workshops pass the filter, said beside it (and to screen readers). */
  shown: number;
}

/** A select's value for "every client"; client names are never this (they are trimmed text). */
const ALL = '\u0000all';

export function WorkshopFilters({ workshops, filter, onChange, shown }: WorkshopFiltersProps) {
  const searchId = useId();
  const clientId = useId();
  // Not regrouped on each keystroke in the search, which re-renders this with the same list.
  const groups = useMemo(() => clientGroups(workshops), [workshops]);
  const filtered = filter.query.trim() !== '' || filter.client !== null;
  return (
    <search className="workshop-filters" aria-label="Find workshops">
      <div className="workshop-filters__field">
        <label htmlFor={searchId} className="field__label">
          Search
        </label>
        <input
          id={searchId}
          type="search"
          className="field__input"
          placeholder="Title or client"
          value={filter.query}
          maxLength={200}
          onChange={(e) => onChange({ ...filter, query: e.target.value })}
          onKeyDown={(e) => {
            if (e.key === 'Escape' && filter.query) {
              e.preventDefault();
              onChange({ ...filter, query: '' });
            }
          }}
        />
      </div>
      <div className="workshop-filters__field">
        <label htmlFor={clientId} className="field__label">
          Client
        </label>
        <select id={clientId} className="field__input" value={filter.client ?? ALL} onChange={(e) => onChange({ ...filter, client: e.target.value === ALL ? null : e.target.value })}>
          <option value={ALL}>All clients ({workshops.length})</option>
          {groups.map((g) => (
            <option key={g.client || 'none'} value={g.client}>
              {g.client === NO_CLIENT ? 'No client' : g.client} ({g.count})
            </option>
          ))}
        </select>
      </div>
      <p className="workshop-filters__count muted" aria-live="polite">
        {filtered ? `${shown} of ${workshops.length} workshop${workshops.length === 1 ? '' : 's'}` : `${workshops.length} workshop${workshops.length === 1 ? '' : 's'}`}
      </p>
      {filtered && (
        <button type="button" className="button button--quiet" onClick={() => onChange({ query: '', client: null })}>
          Show all
        </button>
      )}
    </search>
  );
}
