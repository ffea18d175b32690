// While the presenter is open on a second screen, sends it each new scene of the open workshop;
// leaving the workshop closes it (it would have nothing to follow).
import { useEffect } from 'react';
import { useAppStore } from '../store/appStore';
import { usePresenterScene } from './usePresenterScene';

export function SecondScreenFeed() {
  const open = useAppStore((s) => s.secondScreen);
  const link = useAppStore((s) => s.presenterLink);
  const closeSecondScreen = useAppStore((s) => s.closeSecondScreen);
  const scene = usePresenterScene();

  useEffect(() => {
    if (open && link && scene) link.show(scene);
  }, [open, link, scene]);

  useEffect(() => closeSecondScreen, [closeSecondScreen]);
  return null;
}
