// Where the presenter window goes, decided from the displays alone (pure, so it is tested with
// fake displays): full screen on a display other than the facilitator's, an external one first;
// with no second display, a 16:9 window on the facilitator's display that can be dragged to a
// projector later. Re-run whenever a display is added or removed.

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** The parts of Electron's `Display` this decision reads. */
export interface DisplayInfo {
  id: number;
  bounds: Rect;
  workArea: Rect;
  /** True for a laptop's built-in panel (Electron sets it where the OS says so). */
  internal?: boolean;
}

export interface PresenterPlacement {
  displayId: number;
  bounds: Rect;
  fullScreen: boolean;
  /** On a display of its own, away from the facilitator's controls. */
  external: boolean;
}

/** The size of the window offered when there is no second display. */
const WINDOWED = { width: 1280, height: 720 };

function windowedOn(display: DisplayInfo): Rect {
  const area = display.workArea;
  const scale = Math.min(1, (area.width * 0.9) / WINDOWED.width, (area.height * 0.9) / WINDOWED.height);
  const width = Math.floor(WINDOWED.width * scale);
  const height = Math.floor(WINDOWED.height * scale);
  return { x: area.x + Math.round((area.width - width) / 2), y: area.y + Math.round((area.height - height) / 2), width, height };
}

export function presenterPlacement(displays: readonly DisplayInfo[], facilitatorDisplayId: number | null): PresenterPlacement | null {
  if (displays.length === 0) return null;
  const others = displays.filter((d) => d.id !== facilitatorDisplayId);
  const external = others.find((d) => d.internal === false) ?? others.find((d) => d.internal !== true) ?? others[0];
  if (external) return { displayId: external.id, bounds: { ...external.bounds }, fullScreen: true, external: true };
  const own = displays.find((d) => d.id === facilitatorDisplayId) ?? displays[0]!;
  return { displayId: own.id, bounds: windowedOn(own), fullScreen: false, external: false };
}
