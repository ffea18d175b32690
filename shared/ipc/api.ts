// The typed API the renderer calls, derived from the contract; the preload and the browser bridge
// client both implement it, so a screen never knows which shell it runs in.
import type { Result } from '../result';
import type { ChannelName, RequestOf, ResponseOf } from './contract';
import type { AppCommand, OpenedFile } from './commands';
import type { PresenterWindowApi } from './presenter';

export type ChannelMethod<K extends ChannelName> = undefined extends RequestOf<K>
  ? (request?: RequestOf<K>) => Promise<Result<ResponseOf<K>>>
  : (request: RequestOf<K>) => Promise<Result<ResponseOf<K>>>;

export type ChannelMethods = { [K in ChannelName]: ChannelMethod<K> };

export interface BatonApi extends ChannelMethods {
  /** Which shell hosts the UI: the Electron window or a browser tab served by the bridge. */
  readonly shell: 'electron' | 'browser';
  /** Subscribes to commands from the native menu; returns the unsubscribe function. */
  onCommand(listener: (command: AppCommand) => void): () => void;
  /** Subscribes to Baton files opened with the app (double-click, "Open with"); Electron only. */
  onOpenFile(listener: (file: OpenedFile) => void): () => void;
  /** The presenter on a second screen as a window of its own (Electron only). */
  readonly presenter?: PresenterWindowApi;
}
