// How the facilitator's window reaches the presenter on a second screen. In Electron, main owns
// the presenter window (window.baton.presenter); in browser mode the presenter is a window of the
// same origin (#presenter=<id>) that can be dragged to the projector, fed over a BroadcastChannel
// named for this tab. Either way the presenter receives only presenter scenes, never the workshop.
import type { BatonApi } from '../../../shared/ipc/api';
import type { Turn } from '../../../shared/ipc/presenter';
import type { PresenterScene } from '../../../shared/presenter/scene';

export type LinkMessage =
  | { type: 'scene'; scene: PresenterScene }
  | { type: 'page'; delta: Turn }
  /** The facilitator's tab is going: the presenter closes too. */
  | { type: 'close' }
  /** Presenter → facilitator: I am up, send me the scene. */
  | { type: 'hello' }
  /** Presenter → facilitator: I was closed. */
  | { type: 'bye' };

export const PRESENTER_HASH = '#presenter';

export const channelName = (id: string) => `baton-presenter-${id}`;

export interface PresenterLink {
  /** Opens the presenter (or brings it back); answers an error text when it could not. */
  open(): Promise<string | null>;
  show(scene: PresenterScene): void;
  turn(delta: Turn): void;
  close(): void;
  onClosed(listener: () => void): () => void;
}

function electronLink(presenter: NonNullable<BatonApi['presenter']>): PresenterLink {
  return {
    async open() {
      const result = await presenter.open();
      return result.ok ? null : result.error.message;
    },
    show: (scene) => presenter.show(scene),
    turn: (delta) => presenter.turn(delta),
    close: () => void presenter.close(),
    onClosed: (listener) => presenter.onClosed(listener),
  };
}

function browserLink(): PresenterLink {
  const id = crypto.randomUUID();
  const channel = new BroadcastChannel(channelName(id));
  const closedListeners = new Set<() => void>();
  let last: PresenterScene | null = null;
  const post = (message: LinkMessage) => channel.postMessage(message);
  channel.onmessage = (event: MessageEvent<LinkMessage>) => {
    if (event.data.type === 'hello' && last) post({ type: 'scene', scene: last });
    if (event.data.type === 'bye') for (const listener of closedListeners) listener();
  };
  // Reloading or closing the facilitator's tab leaves no presenter showing a stale workshop.
  window.addEventListener('pagehide', () => post({ type: 'close' }));
  return {
    async open() {
      const opened = window.open(`${window.location.pathname}${PRESENTER_HASH}=${id}`, channelName(id), 'popup,width=1280,height=720');
      return opened ? null : 'The browser blocked the presenter window. Allow pop-ups for this page, then try again.';
    },
    show(scene) {
      last = scene;
      post({ type: 'scene', scene });
    },
    turn: (delta) => post({ type: 'page', delta }),
    close: () => post({ type: 'close' }),
    onClosed(listener) {
      closedListeners.add(listener);
      return () => void closedListeners.delete(listener);
    },
  };
}

export function createPresenterLink(api: BatonApi): PresenterLink {
  return api.presenter ? electronLink(api.presenter) : browserLink();
}

/** The presenter window's side: where scenes and page turns come from. */
export interface PresenterSource {
  onScene(listener: (scene: PresenterScene) => void): () => void;
  onPage(listener: (delta: Turn) => void): () => void;
}

/**
 * Hands on scenes and page turns, keeping the latest scene for a listener that subscribes later:
 * the first scene may arrive (Electron's on load, browser mode's answer to "hello") before the
 * page has rendered and subscribed.
 */
function bufferedSource(connect: (scene: (s: PresenterScene) => void, page: (d: Turn) => void) => void): PresenterSource {
  const scenes = new Set<(scene: PresenterScene) => void>();
  const pages = new Set<(delta: Turn) => void>();
  let latest: PresenterScene | null = null;
  connect(
    (scene) => {
      latest = scene;
      for (const listener of scenes) listener(scene);
    },
    (delta) => {
      for (const listener of pages) listener(delta);
    },
  );
  return {
    onScene(listener) {
      scenes.add(listener);
      if (latest) listener(latest);
      return () => void scenes.delete(listener);
    },
    onPage(listener) {
      pages.add(listener);
      return () => void pages.delete(listener);
    },
  };
}

export function connectPresenterSource(): PresenterSource {
  const presenter = window.baton?.presenter;
  if (presenter) {
    return bufferedSource((scene, page) => {
      presenter.onScene(scene);
      presenter.onPage(page);
    });
  }
  const id = /^#presenter=([\w-]+)$/.exec(window.location.hash)?.[1] ?? 'none';
  const channel = new BroadcastChannel(channelName(id));
  const source = bufferedSource((scene, page) => {
    channel.onmessage = (event: MessageEvent<LinkMessage>) => {
      const message = event.data;
      if (message.type === 'scene') scene(message.scene);
      else if (message.type === 'page') page(message.delta);
      else if (message.type === 'close') window.close();
    };
  });
  window.addEventListener('pagehide', () => channel.postMessage({ type: 'bye' } satisfies LinkMessage));
  channel.postMessage({ type: 'hello' } satisfies LinkMessage);
  return source;
}
