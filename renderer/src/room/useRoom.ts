// The room of the open workshop for the facilitator's screens: read when the workshop opens.
import { useEffect, useMemo } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { useAppStore } from '../store/appStore';
import type { AppState } from '../store/storeTypes';

/** The room, when it is open and for the open workshop. */
const openRoomOf = (s: AppState) => (s.room?.open && s.room.workshopId === s.current?.id ? s.room : null);

/** Reads the open workshop's room once per workshop (and resumes its sync if it is open). */
export function useRoomLoader(): void {
  const workshopId = useAppStore((s) => s.current?.id);
  const loadRoom = useAppStore((s) => s.loadRoom);
  useEffect(() => {
    if (workshopId) void loadRoom();
  }, [workshopId, loadRoom]);
}

/** The room of the open workshop, if one is open for it. */
export function useOpenRoom() {
  return useAppStore(openRoomOf);
}

/** What the presenter shows of the room: its join screen while the facilitator puts it up. */
export function useRoomJoinScreen(): { url: string; address: string; code: string } | null {
  const { url, address, code } = useAppStore(
    useShallow((s) => {
      const room = s.showJoinScreen ? openRoomOf(s) : null;
      return { url: room?.joinUrl ?? null, address: room?.address ?? null, code: room?.code ?? null };
    }),
  );
  return useMemo(() => (url && address && code ? { url, address, code } : null), [url, address, code]);
}
