// The diagnostic's "Then and now" tab: what this workshop is linked to, then (once the earlier
// workshops are read) the comparison with the one it follows up and, along three or more linked
// workshops, the trend. A missing or unreadable earlier workshop is said plainly, never thrown.
import { useShallow } from 'zustand/react/shallow';
import type { ChainEnd } from '../../../shared/workshop/earlierLink';
import { useAppStore } from '../store/appStore';
import { ComparisonView } from './ComparisonView';
import { EarlierLinkButtons, EarlierLinkStatus, GONE_MESSAGE } from './EarlierLinkControls';
import { TrendView } from './TrendView';
import { useEarlierChain } from './useEarlierChain';

/** Why the chain stopped before its first workshop, as one sentence; null when it did not. */
function chainEndNote(end: ChainEnd, loaded: number): string | null {
  const which = loaded === 0 ? 'The earlier workshop' : 'A workshop further back';
  switch (end.kind) {
    case 'complete':
      return null;
    case 'missing':
      return loaded === 0 ? `${GONE_MESSAGE} It was deleted, or this workshop came from another machine. Unlink it, or link another.` : `${which} is no longer here, so the trend starts after it.`;
    case 'unreadable':
      return `${which} could not be read: ${end.message}`;
    case 'loop':
      return `${which} links back into the chain, so the chain stops there.`;
    case 'limit':
      return `Only the ${loaded} most recent earlier workshops are shown.`;
  }
}

export function ThenAndNowPanel() {
  const current = useAppStore(useShallow((s) => (s.current ? { title: s.current.title, date: s.current.date, diagnostic: s.current.diagnostic, linked: s.current.earlierWorkshopId !== null } : null)));
  const { state, retry } = useEarlierChain();
  if (!current) return null;

  const note = state.status === 'ready' ? chainEndNote(state.chain.end, state.chain.earlier.length) : null;
  return (
    <div className="then-now">
      <div className="then-now__link">
        <p className="then-now__linked">
          <span className="then-now__linked-label">Earlier workshop:</span> <EarlierLinkStatus />
        </p>
        <div className="toolbar">
          <EarlierLinkButtons invite />
        </div>
      </div>

      {!current.linked && (
        <p className="empty-note">
          Link this workshop to the one it follows up (the same client’s last workshop, say) to see here how the levels, sub-scores and perception gaps have moved since.
        </p>
      )}
      {state.status === 'loading' && (
        <p role="status" className="then-now__progress" aria-busy="true">
          Reading the earlier workshops… {state.loaded > 0 && `${state.loaded} read`}
        </p>
      )}
      {note && (
        <div className="banner banner--warning then-now__note" role="note">
          <p>{note}</p>
          {state.status === 'ready' && state.chain.end.kind === 'unreadable' && (
            <button type="button" className="button button--small" onClick={retry}>
              Try again
            </button>
          )}
        </div>
      )}
      {state.status === 'ready' && state.chain.earlier[0] && (
        <>
          <ComparisonView earlier={state.chain.earlier[0]} later={current} />
          <TrendView later={current} earlier={state.chain.earlier} />
        </>
      )}
    </div>
  );
}
