// The app frame: theme, keyboard and menu commands, the current screen and the status line.
import { useEffect } from 'react';
import { StatusLine } from './components/StatusLine';
import { commandForKey, isTypingTarget } from './keyboard/shortcuts';
import { HomeScreen } from './screens/HomeScreen';
import { TemplateEditorScreen } from './screens/TemplateEditorScreen';
import { TemplatesScreen } from './screens/TemplatesScreen';
import { WorkshopScreen } from './screens/WorkshopScreen';
import { TemplateImportDialog } from './templates/TemplateImportDialog';
import { useFileDrop } from './templates/useFileDrop';
import { useAppStore, useStoreApi } from './store/appStore';
import { ThemePicker } from './components/ThemePicker';
import { useAppliedTheme } from './components/useAppliedTheme';
import { useFlushOnExit } from './components/useFlushOnExit';

export function App() {
  const route = useAppStore((s) => s.route);
  const api = useAppStore((s) => s.api);
  const runCommand = useAppStore((s) => s.runCommand);
  const store = useStoreApi();
  const loadWorkshops = useAppStore((s) => s.loadWorkshops);
  const loadSettings = useAppStore((s) => s.loadSettings);

  useEffect(() => {
    void loadSettings();
    void loadWorkshops();
  }, [loadSettings, loadWorkshops]);

  useAppliedTheme();
  useFlushOnExit();
  useFileDrop();

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      // A key some view already handled (presenter view, the board) is not a shortcut too.
      if (event.defaultPrevented) return;
      const command = commandForKey(event, store.getState().route.name === 'workshop');
      if (!command) return;
      event.preventDefault();
      runCommand(command);
    };
    window.addEventListener('keydown', onKey);
    const unsubscribe = api.onCommand((command) => {
      // From the menu, Undo inside a text field means the field's own undo.
      if ((command === 'undo' || command === 'redo') && isTypingTarget(document.activeElement)) document.execCommand(command);
      else runCommand(command);
    });
    return () => {
      window.removeEventListener('keydown', onKey);
      unsubscribe();
    };
  }, [api, runCommand, store]);

  return (
    <div className="app">
      <a className="skip-link" href="#content">
        Skip to content
      </a>
      <div className="app__bar">
        <span className="app__brand" aria-hidden="true">
          Baton
        </span>
        <ThemePicker />
      </div>
      <div id="content" className="app__content">
        {route.name === 'home' ? (
          <HomeScreen />
        ) : route.name === 'workshop' ? (
          <WorkshopScreen />
        ) : route.name === 'templates' ? (
          <TemplatesScreen />
        ) : (
          <TemplateEditorScreen key={route.id} id={route.id} />
        )}
      </div>
      <StatusLine />
      <TemplateImportDialog />
    </div>
  );
}
