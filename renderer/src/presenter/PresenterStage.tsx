// Everything the room sees, drawn from a presenter scene alone (shared/presenter/scene.ts): the
// activity's title, prompt and clock, then its content. Used by the presenter dialog in the
// facilitator's window and by the presenter on a second screen, so both show the same.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { PresenterScene, SceneActivity } from '../../../shared/presenter/scene';
import { backAtMs, formatBackAt } from '../../../shared/presenter/breakClock';
import { PresenterBoard, PresenterBoardArea } from './PresenterBoard';
import { PresenterClock, useClock } from './PresenterClock';
import { PresenterDiagnostic } from './PresenterDiagnostic';
import { PresenterActions, PresenterHandoff, PresenterPlatform } from './PresenterTables';
import { useFitText } from './useFitText';
import './presenter.css';

type View = { kind: 'board'; area: number | null } | { kind: 'handoff' } | { kind: 'platform' } | { kind: 'content' };

function viewsOf(activity: SceneActivity, paged: boolean): View[] {
  const board: View[] = !activity.board
    ? []
    : paged
      ? activity.board.areas.map((_, area) => ({ kind: 'board', area }))
      : [{ kind: 'board', area: null }];
  if (activity.kind === 'handoff') return [...(activity.handoff ? [{ kind: 'handoff' } as const] : []), ...board];
  if (activity.kind === 'messaging') return [...board, ...(activity.platform ? [{ kind: 'platform' } as const] : [])];
  return board.length > 0 ? board : [{ kind: 'content' }];
}

function BreakClock({ activity }: { activity: SceneActivity }) {
  const { now } = useClock(activity.timer, true);
  const backAt = formatBackAt(backAtMs(activity.timer, now));
  return (
    <div className="pbreak">
      <PresenterClock activity={activity} large />
      <p className="pbreak__back">Back at {backAt}</p>
    </div>
  );
}

function Content({ activity, view, theme, onTooFull }: { activity: SceneActivity; view: View; theme: PresenterScene['theme']; onTooFull(): void }) {
  const ref = useRef<HTMLDivElement>(null);
  const fits = useFitText(ref, activity);
  if (view.kind === 'board' && activity.board) {
    return view.area === null ? <PresenterBoard board={activity.board} onTooFull={onTooFull} /> : <PresenterBoardArea board={activity.board} index={view.area} />;
  }
  return (
    <div ref={ref} className={`pcontent${fits ? '' : ' pcontent--scroll'}`}>
      {view.kind === 'handoff' && activity.handoff ? (
        <PresenterHandoff handoff={activity.handoff} />
      ) : view.kind === 'platform' && activity.platform ? (
        <PresenterPlatform platform={activity.platform} />
      ) : activity.diagnostic ? (
        <PresenterDiagnostic diagnostic={activity.diagnostic} theme={theme} />
      ) : activity.actions ? (
        <PresenterActions actions={activity.actions} />
      ) : null}
    </div>
  );
}

export interface PresenterStageProps {
  scene: PresenterScene;
  /** Which view of the activity (an area of a full board, the handoff table…); clamped here. */
  page: number;
  onPageCount(count: number): void;
}

export function PresenterStage({ scene, page, onPageCount }: PresenterStageProps) {
  const activity = scene.activity;
  const [paged, setPaged] = useState<string | null>(null);
  const tooFull = useCallback(() => setPaged(activity?.id ?? null), [activity?.id]);
  const views = activity ? viewsOf(activity, paged === activity.id) : [];
  useEffect(() => onPageCount(Math.max(1, views.length)), [views.length, onPageCount]);

  if (!activity) {
    return (
      <div className="pstage pstage--title">
        <h1 className="pstage__title">{scene.workshopTitle}</h1>
      </div>
    );
  }
  const view = views[Math.min(page, views.length - 1)] ?? { kind: 'content' };
  const isBreak = activity.kind === 'break';
  return (
    <div className={`pstage pstage--${activity.kind}`}>
      <header className="pstage__header">
        <div className="pstage__heading">
          <h1 className="pstage__title">{activity.title}</h1>
          {activity.prompt && <p className="pstage__prompt">{activity.prompt}</p>}
        </div>
        {!isBreak && <PresenterClock activity={activity} />}
      </header>
      <div className="pstage__body">
        {isBreak ? <BreakClock activity={activity} /> : activity.kind === 'welcome' ? null : <Content activity={activity} view={view} theme={scene.theme} onTooFull={tooFull} />}
      </div>
      {views.length > 1 && (
        <p className="pstage__pager" aria-live="polite">
          ← {Math.min(page, views.length - 1) + 1} / {views.length} →
        </p>
      )}
    </div>
  );
}
