// The store factory for browser mode, the CLI and tests: `conf`, the library electron-store wraps.
import Conf from 'conf';
import { commonStoreOptions, type OpenStore } from './keyValueStore';

export const openConfStore: OpenStore = (options) =>
  new Conf<Record<string, unknown>>(commonStoreOptions(options));
