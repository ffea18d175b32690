// Renderer entry: the room screen (#presenter) on its own, or the app, connected to the Baton API
// of whichever shell hosts the page.
// zod's configuration comes first: it must be set before any schema module is evaluated.
import './zodUnderCsp';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { connectApi } from './api/api';
import { TEAM_COLOURS } from '../../shared/board/teamColours';
import { App } from './App';
import { ErrorBoundary } from './components/ErrorBoundary';
import { connectPresenterSource, PRESENTER_HASH } from './presenter/presenterLink';
import { PresenterWindowApp } from './presenter/PresenterWindowApp';
import { createAppStore, StoreContext } from './store/appStore';
// Design tokens first, then each feature's own stylesheet, kept beside the feature.
import './styles/base.css';
import './components/components.css';
import './screens/home.css';
import './workshop/workshop.css';
import './diagnostic/diagnostic.css';
import './actions/actions.css';
import './components/laptopShell.css';
import './board/board.css';
import './templates/templates.css';
import './workshop/backups.css';
import './room/room.css';

// The team colours come from one place, where they are checked for colour-vision deficiencies.
for (const [team, colour] of Object.entries(TEAM_COLOURS)) document.documentElement.style.setProperty(`--team-${team}`, colour);

const root = createRoot(document.getElementById('root')!);

function renderApp() {
  const connection = connectApi();
  if ('error' in connection) {
    root.render(
      <main className="screen" aria-labelledby="no-connection">
        <h1 id="no-connection" className="screen__title">
          Baton cannot reach its data
        </h1>
        <p>{connection.error}</p>
      </main>,
    );
    return;
  }
  const store = createAppStore(connection.api);
  root.render(
    <StrictMode>
      <ErrorBoundary>
        <StoreContext.Provider value={store}>
          <App />
        </StoreContext.Provider>
      </ErrorBoundary>
    </StrictMode>,
  );
}

if (window.location.hash.startsWith(PRESENTER_HASH)) {
  // The room screen needs no API and no token: the facilitator's window sends it what to show.
  // It drops its tie to the window that opened it (browser mode), which it never needs to reach.
  window.opener = null;
  root.render(
    <StrictMode>
      <PresenterWindowApp source={connectPresenterSource()} />
    </StrictMode>,
  );
} else {
  renderApp();
}
