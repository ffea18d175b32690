// Wires the services over one data directory; both shells and the CLI start here.
import fs from 'node:fs';
import { workshopDocumentSchema } from '../../shared/workshop/schema';
import { createDocumentCollection } from '../storage/documentCollection';
import type { OpenStore } from '../storage/keyValueStore';
import { createSettingsService } from './settingsService';
import { createWorkshopService, systemClock, type Clock } from './workshopService';

export interface ServiceOptions {
  dataDir: string;
  openStore: OpenStore;
  clock?: Clock;
  log?: (message: string) => void;
}

export type Services = ReturnType<typeof createServices>;

export function createServices({ dataDir, openStore, clock = systemClock, log }: ServiceOptions) {
  fs.mkdirSync(dataDir, { recursive: true });
  const workshops = createDocumentCollection({
    dataDir,
    folder: 'workshops',
    schema: workshopDocumentSchema,
    openStore,
    label: 'Workshop',
    now: () => clock.now(),
    log,
  });
  return {
    dataDir,
    workshops: createWorkshopService(workshops, clock),
    settings: createSettingsService(dataDir, openStore, log),
  };
}
