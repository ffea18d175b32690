// What the open workshop is linked to, with the buttons to link, change or unlink it. Shown in the
// workshop's details and above the comparison; a deleted earlier workshop is said plainly, with
// Unlink, never as an error.
import { useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { useAppStore } from '../store/appStore';
import { workshopContext } from './describeWorkshop';
import { LinkEarlierDialog } from './LinkEarlierDialog';
import './earlier.css';
import { useEarlierLink } from './useEarlierLink';

export const GONE_MESSAGE = 'The earlier workshop is no longer here.';
export const UNREADABLE_MESSAGE = 'The earlier workshop could not be read.';

/** The linked workshop's name, or what stands in for it. */
export function EarlierLinkStatus() {
  const { state } = useEarlierLink();
  switch (state.kind) {
    case 'none':
      return <span>Not linked</span>;
    case 'loading':
      return <span className="muted">Looking it up…</span>;
    case 'gone':
      return <span>{GONE_MESSAGE}</span>;
    case 'unreadable':
      return <span>{UNREADABLE_MESSAGE}</span>;
    case 'here':
      return (
        <span>
          {state.summary.title} {workshopContext(state.summary) && <span className="muted">· {workshopContext(state.summary)}</span>}
        </span>
      );
  }
}

/**
 * Link (or Change) and Unlink, and the dialog that chooses the earlier workshop. `invite` makes
 * Link the primary button, where linking is what the screen is for.
 */
export function EarlierLinkButtons({ invite = false }: { invite?: boolean }) {
  const { state, link, unlink } = useEarlierLink();
  const current = useAppStore(
    useShallow((s) => (s.current ? { id: s.current.id, client: s.current.client, date: s.current.date, updatedAt: s.current.updatedAt, earlierWorkshopId: s.current.earlierWorkshopId } : null)),
  );
  const [choosing, setChoosing] = useState(false);
  if (!current) return null;
  const className = 'button button--small';
  return (
    <>
      <button type="button" className={invite && state.kind === 'none' ? `${className} button--primary` : className} onClick={() => setChoosing(true)}>
        {state.kind === 'none' ? 'Link to an earlier workshop…' : 'Change earlier workshop…'}
      </button>
      {state.kind !== 'none' && (
        <button type="button" className={className} onClick={unlink}>
          Unlink
        </button>
      )}
      {choosing && <LinkEarlierDialog current={current} onLink={link} onClose={() => setChoosing(false)} />}
    </>
  );
}

/** The "Earlier workshop" entry of the workshop's details list (a <dl> row). */
export function EarlierWorkshopDetail() {
  return (
    <div className="earlier-detail">
      <dt>Earlier workshop</dt>
      <dd>
        <EarlierLinkStatus />
        <span className="earlier-detail__buttons">
          <EarlierLinkButtons />
        </span>
      </dd>
    </div>
  );
}
