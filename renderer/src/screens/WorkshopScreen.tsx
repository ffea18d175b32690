// A workshop being run: the agenda in the side bar, the current activity (or the workshop's
// overview), the autosave state, and presenter view on P.
import { useShallow } from 'zustand/react/shallow';
import { SaveIndicator } from '../components/SaveIndicator';
import { ReportView } from '../report/ReportView';
import { RoomPanel } from '../room/RoomPanel';
import { useRoomLoader } from '../room/useRoom';
import { useAppStore } from '../store/appStore';
import { ActivityView } from '../workshop/ActivityView';
import { AgendaSidebar } from '../workshop/AgendaSidebar';
import { PresenterView } from '../workshop/PresenterView';
import { SecondScreenFeed } from '../presenter/SecondScreenFeed';
import { TimerWatcher } from '../workshop/TimerWatcher';
import { WorkshopOverview } from '../workshop/WorkshopOverview';

export function WorkshopScreen() {
  const { current, currentError, goHome, presenter, reportOpen, agendaHidden } = useAppStore(
    useShallow((s) => ({ current: s.current, currentError: s.currentError, goHome: s.goHome, presenter: s.presenter, reportOpen: s.reportOpen, agendaHidden: s.agendaHidden })),
  );
  useRoomLoader();

  if (currentError || !current) {
    return (
      <main className="screen" aria-labelledby="workshop-state" aria-busy={!currentError}>
        <button type="button" className="button button--quiet back-link" onClick={goHome}>
          ← All workshops <kbd>H</kbd>
        </button>
        <h1 id="workshop-state" className="screen__title">
          {currentError ? 'This workshop could not be opened' : 'Opening…'}
        </h1>
        {currentError && <p className="banner banner--warning">{currentError}</p>}
      </main>
    );
  }

  const activity = current.agenda.find((a) => a.id === current.runtime.currentActivityId);

  return (
    <div className={`workshop-layout${agendaHidden ? ' workshop-layout--agenda-hidden' : ''}`}>
      <AgendaSidebar />
      <main className="screen screen--wide workshop" aria-labelledby="workshop-title">
        <header className="workshop__header">
          <h1 id="workshop-title" className="workshop__title">
            {current.title}
          </h1>
          <div className="workshop__header-tools">
            <RoomPanel />
            <SaveIndicator />
          </div>
        </header>
        {reportOpen ? <ReportView /> : activity ? <ActivityView key={activity.id} activity={activity} /> : <WorkshopOverview doc={current} />}
      </main>
      <TimerWatcher />
      <SecondScreenFeed />
      {presenter && <PresenterView />}
    </div>
  );
}
