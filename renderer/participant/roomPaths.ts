// The room server's paths, as named in the participant contract (shared/room/contract.ts).
import { ROOM_PATHS } from '../../shared/room/contract';

export const ROOM_API_PATH = ROOM_PATHS.api;
export const ROOM_EVENTS_PATH = ROOM_PATHS.events;
