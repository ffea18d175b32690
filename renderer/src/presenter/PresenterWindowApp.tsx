// The presenter on a second screen: a window of its own (Electron's presenter window, or a
// browser window of the same origin) that shows the scenes the facilitator's window pushes. It
// holds no workshop and no API connection; arrow keys page here or from the facilitator's window.
import { useEffect, useState } from 'react';
import type { PresenterScene } from '../../../shared/presenter/scene';
import type { PresenterSource } from './presenterLink';
import { PresenterStage } from './PresenterStage';
import { turnForKey, usePaging } from './usePaging';

export function PresenterWindowApp({ source }: { source: PresenterSource }) {
  const [scene, setScene] = useState<PresenterScene | null>(null);
  const { page, turn, onPageCount } = usePaging(scene?.activity?.id ?? null);

  useEffect(() => source.onScene(setScene), [source]);
  useEffect(() => source.onPage(turn), [source, turn]);
  useEffect(() => {
    document.documentElement.dataset.theme = scene?.theme ?? 'light';
    document.title = scene ? `Room screen: ${scene.activity?.title ?? scene.workshopTitle}` : 'Room screen';
  }, [scene]);
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const delta = turnForKey(event.key);
      if (delta === null || event.ctrlKey || event.metaKey || event.altKey) return;
      event.preventDefault();
      turn(delta);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [turn]);

  return (
    <main className="presenter-window" aria-label="Room screen">
      {scene ? (
        <PresenterStage scene={scene} page={page} onPageCount={onPageCount} />
      ) : (
        <div className="pstage pstage--title">
          <p>Waiting for Baton…</p>
        </div>
      )}
    </main>
  );
}
