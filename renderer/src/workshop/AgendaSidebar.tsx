// The agenda in the side bar: every activity with its status and timebox, the day's time run
// against time planned; select with a click or [ and ], reorder with Alt+↑/↓, add activities.
import { useState, type KeyboardEvent } from 'react';
import { moveActivity } from '../../../shared/agenda/edits';
import { ACTIVITY_STATUS_LABELS, type Activity } from '../../../shared/agenda/schema';
import { dayProgress, formatMinutes, isRunning, shownStatus } from '../../../shared/agenda/timer';
import { useAppStore } from '../store/appStore';
import { AddActivityDialog } from './AddActivityDialog';
import { useNow } from './useNow';
import { useAgenda, useCurrentActivityId, useEditAgenda, useRuntime } from './useWorkshop';

export function AgendaSidebar() {
  const agenda = useAgenda();
  const runtime = useRuntime();
  const currentId = useCurrentActivityId();
  const selectActivity = useAppStore((s) => s.selectActivity);
  const goHome = useAppStore((s) => s.goHome);
  const reportOpen = useAppStore((s) => s.reportOpen);
  const openReport = useAppStore((s) => s.openReport);
  const editAgenda = useEditAgenda();
  const hidden = useAppStore((s) => s.agendaHidden);
  const toggleAgenda = useAppStore((s) => s.toggleAgenda);
  const [adding, setAdding] = useState(false);
  const anyRunning = Object.values(runtime?.timers ?? {}).some(isRunning);
  const now = useNow(anyRunning, 5000);
  const day = dayProgress(agenda, runtime?.timers ?? {}, now);

  function onItemKey(event: KeyboardEvent, activity: Activity, index: number) {
    if (!event.altKey || (event.key !== 'ArrowUp' && event.key !== 'ArrowDown')) return;
    event.preventDefault();
    const target = index + (event.key === 'ArrowUp' ? -1 : 1);
    editAgenda((a) => moveActivity(a, activity.id, target));
    requestAnimationFrame(() => document.getElementById(`agenda-item-${activity.id}`)?.focus());
  }

  const toggle = (
    <button type="button" className="button button--quiet button--small workshop-nav__toggle" aria-expanded={!hidden} aria-controls="agenda-panel" onClick={toggleAgenda}>
      {hidden ? '» Show agenda' : '« Hide agenda'}
    </button>
  );
  if (hidden) {
    return (
      <nav className="workshop-nav workshop-nav--hidden" aria-label="Agenda">
        {toggle}
      </nav>
    );
  }

  return (
    <nav className="workshop-nav" aria-label="Agenda" id="agenda-panel">
      <button type="button" className="button button--quiet back-link" onClick={goHome}>
        ← All workshops <kbd>H</kbd>
      </button>
      <button
        type="button"
        className="workshop-nav__item workshop-nav__overview"
        aria-current={currentId === null && !reportOpen ? 'page' : undefined}
        onClick={() => selectActivity(null)}
      >
        Workshop overview
      </button>
      <div className="workshop-nav__heading-row">
        <h2 className="workshop-nav__heading">Agenda</h2>
        {toggle}
      </div>
      <p className="day-progress">
        {formatMinutes(Math.round(day.elapsedMinutes))} run of {formatMinutes(day.plannedMinutes)} planned · {day.done} of {day.total} done
      </p>
      <ol className="agenda-list">
        {agenda.map((activity, index) => {
          const timer = runtime?.timers[activity.id];
          const status = shownStatus(activity, timer);
          const running = isRunning(timer);
          return (
            <li key={activity.id}>
              <button
                type="button"
                id={`agenda-item-${activity.id}`}
                className={`workshop-nav__item agenda-item agenda-item--${status}`}
                aria-current={currentId === activity.id && !reportOpen ? 'page' : undefined}
                aria-keyshortcuts="Alt+ArrowUp Alt+ArrowDown"
                onClick={() => selectActivity(activity.id)}
                onKeyDown={(e) => onItemKey(e, activity, index)}
              >
                <span className="agenda-item__status" aria-hidden="true">
                  {status === 'done' ? '✓' : status === 'running' ? '▶' : '○'}
                </span>
                <span className="agenda-item__title">{activity.title}</span>
                <span className="agenda-item__minutes">{activity.minutes} min</span>
                <span className="visually-hidden">
                  , {ACTIVITY_STATUS_LABELS[status]}
                  {running ? ', timer running' : ''}
                </span>
              </button>
            </li>
          );
        })}
      </ol>
      <button type="button" className="button agenda-add" onClick={() => setAdding(true)}>
        + Add activity
      </button>
      <button type="button" className="workshop-nav__item workshop-nav__report" aria-current={reportOpen ? 'page' : undefined} onClick={openReport}>
        Report and export
      </button>
      <p className="muted agenda-keys">
        <kbd>[</kbd> <kbd>]</kbd> previous / next · <kbd>Alt</kbd>+<kbd>↑</kbd>/<kbd>↓</kbd> reorder
      </p>
      {adding && <AddActivityDialog afterId={currentId} onClose={() => setAdding(false)} />}
    </nav>
  );
}
