// Choosing the earlier workshop this one follows up: the same client's workshops are suggested
// first; workshops that already follow this one are not offered (the link would loop).
import { useId, useMemo, useState, type FormEvent } from 'react';
import { filterWorkshops } from '../../../shared/workshop/clients';
import { linkCandidates } from '../../../shared/workshop/earlierLink';
import type { WorkshopSummary } from '../../../shared/workshop/schema';
import { Dialog } from '../components/Dialog';
import { FormActions } from '../components/FormActions';
import { TextField } from '../components/TextField';
import { useAppStore } from '../store/appStore';
import { workshopContext } from './describeWorkshop';

interface LinkEarlierDialogProps {
  current: Pick<WorkshopSummary, 'id' | 'client' | 'date' | 'updatedAt' | 'earlierWorkshopId'>;
  onLink(earlier: WorkshopSummary): void;
  onClose(): void;
}

export function LinkEarlierDialog({ current, onLink, onClose }: LinkEarlierDialogProps) {
  const workshops = useAppStore((s) => s.workshops);
  const listLoading = useAppStore((s) => s.listStatus === 'loading');
  const candidates = useMemo(() => linkCandidates(current, workshops), [current, workshops]);
  const [chosen, setChosen] = useState<string | null>(current.earlierWorkshopId ?? candidates.suggested[0]?.id ?? null);
  const [filter, setFilter] = useState('');
  const [error, setError] = useState('');
  const name = useId();
  // The home screen's search: words in any order, without case or accents.
  const suggested = filterWorkshops(candidates.suggested, { query: filter, client: null });
  const others = filterWorkshops(candidates.others, { query: filter, client: null });

  function submit(event: FormEvent) {
    event.preventDefault();
    // Only a workshop in view can be linked: one hidden by the filter is not what the facilitator sees chosen.
    const earlier = [...suggested, ...others].find((w) => w.id === chosen);
    if (!earlier) return setError('Choose the earlier workshop to compare with.');
    onLink(earlier);
    onClose();
  }

  const group = (legend: string, list: WorkshopSummary[]) =>
    list.length > 0 && (
      <fieldset className="link-earlier__group">
        <legend className="field__label">{legend}</legend>
        {list.map((w) => (
          <label key={w.id} className="radio link-earlier__choice">
            <input
              type="radio"
              name={name}
              checked={chosen === w.id}
              onChange={() => {
                setChosen(w.id);
                setError('');
              }}
            />
            <span>
              {w.title} {workshopContext(w) && <span className="muted">· {workshopContext(w)}</span>}
            </span>
          </label>
        ))}
      </fieldset>
    );

  const offered = candidates.suggested.length + candidates.others.length;
  return (
    <Dialog
      title="Link to an earlier workshop"
      description="The diagnostic's results then show what changed since that workshop. The same client's workshops are suggested first."
      onClose={onClose}
    >
      <form className="form" onSubmit={submit} noValidate>
        {offered === 0 ? (
          <p role={listLoading ? 'status' : undefined}>{listLoading ? 'Loading the list of workshops…' : 'There is no other workshop to link to yet.'}</p>
        ) : (
          <>
            {offered > 6 && <TextField label="Filter by title or client" value={filter} onChange={setFilter} />}
            <div className="link-earlier__choices">
              {group(current.client.trim() ? `Suggested: same client (${current.client.trim()})` : 'Suggested: same client', suggested)}
              {group(candidates.suggested.length > 0 ? 'Other workshops' : 'Workshops', others)}
              {suggested.length + others.length === 0 && <p className="muted">No workshop matches “{filter.trim()}”.</p>}
            </div>
          </>
        )}
        {candidates.followers > 0 && (
          <p className="field__hint">
            {candidates.followers === 1
              ? 'One workshop that follows this one is not offered: linking to it would make a loop.'
              : `${candidates.followers} workshops that follow this one are not offered: linking to them would make a loop.`}
          </p>
        )}
        {error && (
          <p className="form__error" role="alert">
            {error}
          </p>
        )}
        <FormActions submitLabel="Link" onCancel={onClose} />
      </form>
    </Dialog>
  );
}
