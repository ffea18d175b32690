// The presenter on a second screen in Electron: the facilitator's window asks main to open or
// close the presenter window and pushes it what the room may see (a presenter scene, validated
// here before main forwards it); main pushes scenes and page turns to the presenter window and
// tells the facilitator's window when the presenter window has gone. The presenter window itself
// sends nothing: main accepts these requests from the facilitator's window only.
import { z } from 'zod';
import type { Result } from '../result';
import { presenterSceneSchema, type PresenterScene } from '../presenter/scene';

export const presenterChannels = {
  /** Facilitator → main: open (or bring forward) the presenter window. */
  open: 'baton:presenter:open',
  /** Facilitator → main: close it. */
  close: 'baton:presenter:close',
  /** Facilitator → main: what the room should see now. */
  show: 'baton:presenter:show',
  /** Facilitator → main: the next or previous page (an area of a full board, the handoff table…). */
  turn: 'baton:presenter:turn',
  /** Main → presenter window. */
  scene: 'baton:presenter:scene',
  /** Main → presenter window. */
  page: 'baton:presenter:page',
  /** Main → facilitator: the presenter window was closed (by the user, or with its display). */
  closed: 'baton:presenter:closed',
} as const;

export const turnSchema = z.union([z.literal(1), z.literal(-1)]);
export type Turn = z.output<typeof turnSchema>;
export const showSchema = presenterSceneSchema;
/** `closed` carries nothing; whatever comes with it is dropped. */
export const closedSchema = z.unknown();

export interface PresenterOpened {
  /** The presenter went full screen on a display other than the facilitator's. */
  external: boolean;
}

/** `window.baton.presenter`, Electron only; browser mode opens a window of its own instead. */
export interface PresenterWindowApi {
  open(): Promise<Result<PresenterOpened>>;
  close(): Promise<void>;
  show(scene: PresenterScene): void;
  turn(delta: Turn): void;
  onClosed(listener: () => void): () => void;
  /** In the presenter window: scenes and page turns pushed by main. */
  onScene(listener: (scene: PresenterScene) => void): () => void;
  onPage(listener: (delta: Turn) => void): () => void;
}
