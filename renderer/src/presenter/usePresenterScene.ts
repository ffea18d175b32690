// The facilitator window's presenter scene: what the room may see of the open workshop now.
import { useMemo } from 'react';
import { presenterScene, type PresenterScene } from '../../../shared/presenter/scene';
import { useResolvedTheme } from '../components/useAppliedTheme';
import { useRoomJoinScreen } from '../room/useRoom';
import { useAppStore } from '../store/appStore';

export function usePresenterScene(): PresenterScene | null {
  const doc = useAppStore((s) => s.current);
  const reveal = useAppStore((s) => s.reveal);
  const theme = useResolvedTheme();
  const join = useRoomJoinScreen();
  return useMemo(() => (doc ? presenterScene(doc, { reveal, theme, join }) : null), [doc, reveal, theme, join]);
}
