// The room of the open workshop for the facilitator's screens: read when the workshop opens.
import { useEffect } from 'react';
import { useAppStore } from '../store/appStore';

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
  return useAppStore((s) => (s.room?.open && s.room.workshopId === s.current?.id ? s.room : null));
}
