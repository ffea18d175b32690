// The store factory for browser mode, the CLI and tests: `conf`, the library electron-store wraps.
import Conf from 'conf';
import { commonStoreOptions, keyValueStoreOf, type OpenStore } from './keyValueStore';

export const openConfStore: OpenStore = (options) => keyValueStoreOf(new Conf<Record<string, unknown>>(commonStoreOptions(options)));
