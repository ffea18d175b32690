// Everything the room sees, drawn from a presenter scene alone (shared/presenter/scene.ts): the
// activity's title, prompt and clock, then its content, a page at a time where it does not fit at
// a readable size. Used by the presenter dialog in the facilitator's window and by the presenter
// on a second screen, so both show the same.
import { useCallback, useEffect, useState } from 'react';
import type { PresenterScene, SceneActivity } from '../../../shared/presenter/scene';
import { backAtMs, formatBackAt } from '../../../shared/presenter/breakClock';
import { HiddenNotes, PresenterArea } from './PresenterBoard';
import { PresenterClock, useClock } from './PresenterClock';
import { PresenterDiagnostic } from './PresenterDiagnostic';
import { JoinPanel } from '../room/JoinPanel';
import { PresenterCell, PresenterGrid, type GridCell } from './PresenterGrid';
import { handoffCells, platformCells, PresenterActions } from './PresenterTables';
import { PresenterReview } from './PresenterReview';
import './presenter.css';

type GridName = 'board' | 'handoff' | 'platform';
/**
 * A page of the activity: a grid of cells (or one cell, when the grid is too full), or a part of a
 * paged table. A board too full to show whole is tried again with its themes collapsed first.
 */
type View = { kind: 'grid'; grid: GridName; cell: number | null; collapsed: boolean } | { kind: 'content'; part: number };

interface Layout {
  activityId: string | null;
  /** How often each grid was found too full: 0 whole, then (boards) themes collapsed, then a cell a page. */
  tooFull: Partial<Record<GridName, number>>;
  /** Pages of a paged table (actions, gaps). */
  parts: number;
}

function viewsOf(activity: SceneActivity, layout: Layout): View[] {
  const grid = (name: GridName, cells: number): View[] => {
    const level = layout.tooFull[name] ?? 0;
    const paged = name === 'board' ? level >= 2 : level >= 1;
    if (!paged) return [{ kind: 'grid', grid: name, cell: null, collapsed: level >= 1 }];
    return Array.from({ length: cells }, (_, cell) => ({ kind: 'grid', grid: name, cell, collapsed: true }));
  };
  const views: View[] = [];
  if (activity.handoff) views.push(...grid('handoff', handoffCells(activity.handoff).length));
  if (activity.board) views.push(...grid('board', activity.board.areas.length));
  if (activity.platform) views.push(...grid('platform', activity.platform.length));
  if (views.length > 0) return views;
  return Array.from({ length: Math.max(1, layout.parts) }, (_, part) => ({ kind: 'content', part }));
}

function cellsOf(activity: SceneActivity, grid: GridName, collapsed: boolean): GridCell[] {
  if (grid === 'handoff') return handoffCells(activity.handoff!);
  if (grid === 'platform') return platformCells(activity.platform!);
  return activity.board!.areas.map((area) => ({ key: area.id, node: <PresenterArea area={area} collapsed={collapsed} /> }));
}

function BreakClock({ activity }: { activity: SceneActivity }) {
  const { now } = useClock(activity.timer, true);
  return (
    <div className="pbreak">
      <PresenterClock activity={activity} large />
      <p className="pbreak__back">Back at {formatBackAt(backAtMs(activity.timer, now))}</p>
    </div>
  );
}

interface BodyProps {
  activity: SceneActivity;
  view: View;
  theme: PresenterScene['theme'];
  /** The grid did not fit at the level it was shown at (0 whole, 1 themes collapsed). */
  onTooFull(grid: GridName, level: number): void;
  onParts(count: number): void;
}

function Body({ activity, view, theme, onTooFull, onParts }: BodyProps) {
  const grid = view.kind === 'grid' ? view.grid : null;
  const level = view.kind === 'grid' && view.collapsed ? 1 : 0;
  const tooFull = useCallback(() => grid && onTooFull(grid, level), [grid, level, onTooFull]);
  if (activity.kind === 'break') return <BreakClock activity={activity} />;
  if (view.kind === 'grid') {
    const paged = view.cell !== null;
    const cells = cellsOf(activity, view.grid, view.collapsed);
    const hidden = view.grid === 'board' && activity.board ? <HiddenNotes board={activity.board} /> : null;
    return (
      <div className="pframe">
        {hidden}
        {paged ? (
          <PresenterCell key={`${view.grid}-${view.cell}`} fitKey={activity}>
            {cells[view.cell!]?.node}
          </PresenterCell>
        ) : (
          <PresenterGrid key={String(view.collapsed)} cells={cells} fitKey={activity} onTooFull={tooFull} />
        )}
      </div>
    );
  }
  if (activity.diagnostic) return <PresenterDiagnostic diagnostic={activity.diagnostic} theme={theme} page={view.part} onPages={onParts} />;
  if (activity.actions) return <PresenterActions actions={activity.actions} page={view.part} onPages={onParts} />;
  if (activity.review) return <PresenterReview items={activity.review} page={view.part} onPages={onParts} />;
  return null;
}

export interface PresenterStageProps {
  scene: PresenterScene;
  /** Which page of the activity to show; clamped here. */
  page: number;
  onPageCount(count: number): void;
}

export function PresenterStage({ scene, page, onPageCount }: PresenterStageProps) {
  const activity = scene.activity;
  const id = activity?.id ?? null;
  const fresh = useCallback((): Layout => ({ activityId: id, tooFull: {}, parts: 1 }), [id]);
  const [stored, setLayout] = useState<Layout>(fresh);
  const layout = stored.activityId === id ? stored : fresh();
  const onTooFull = useCallback(
    (grid: GridName, level: number) =>
      setLayout((l) => {
        const base = l.activityId === id ? l : fresh();
        // Idempotent: a report about a level already left behind changes nothing.
        return (base.tooFull[grid] ?? 0) > level ? base : { ...base, tooFull: { ...base.tooFull, [grid]: level + 1 } };
      }),
    [id, fresh],
  );
  const onParts = useCallback(
    (parts: number) => setLayout((l) => (l.activityId === id ? (l.parts === parts ? l : { ...l, parts }) : { ...fresh(), parts })),
    [id, fresh],
  );
  const views = activity ? viewsOf(activity, layout) : [];
  useEffect(() => onPageCount(Math.max(1, views.length)), [views.length, onPageCount]);

  if (scene.join) {
    return (
      <div className="pstage pstage--join">
        <h1 className="pstage__title">Join “{scene.workshopTitle}” from your phone</h1>
        <JoinPanel joinUrl={scene.join.url} shortAddress={scene.join.address} code={scene.join.code} large />
      </div>
    );
  }
  if (!activity) {
    return (
      <div className="pstage pstage--title">
        <h1 className="pstage__title">{scene.workshopTitle}</h1>
      </div>
    );
  }
  const current = Math.min(page, views.length - 1);
  return (
    <div className={`pstage pstage--${activity.kind}`}>
      <header className="pstage__header">
        <div className="pstage__heading">
          <h1 className="pstage__title">{activity.title}</h1>
          {activity.prompt && <p className="pstage__prompt">{activity.prompt}</p>}
        </div>
        {activity.kind !== 'break' && <PresenterClock activity={activity} />}
      </header>
      <div className="pstage__body">
        {activity.kind === 'welcome' ? (
          <p className="pstage__welcome">{scene.workshopTitle}</p>
        ) : (
          <Body activity={activity} view={views[current]!} theme={scene.theme} onTooFull={onTooFull} onParts={onParts} />
        )}
      </div>
      {views.length > 1 && (
        <p className="pstage__pager" aria-live="polite">
          ← {current + 1} / {views.length} →
        </p>
      )}
    </div>
  );
}
