// The store factory for the Electron shell; only main/electron/ imports this file.
import ElectronStore from 'electron-store';
import { commonStoreOptions, keyValueStoreOf, type OpenStore } from './keyValueStore';

export const openElectronStore: OpenStore = (options) => {
  const { configName, ...rest } = commonStoreOptions(options);
  return keyValueStoreOf(new ElectronStore<Record<string, unknown>>({ ...rest, name: configName }));
};
