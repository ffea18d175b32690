import { describe, expect, it } from 'vitest';
import { channelNames } from '../../shared/ipc/contract';
import { openConfStore } from '../storage/confStore';
import { tempDataDir } from '../testing/tempDir';
import { createServices } from './createServices';
import { createHandlers } from './handlers';

describe('handlers', () => {
  it('has exactly one handler for each contract channel', () => {
    const handlers = createHandlers(createServices({ dataDir: tempDataDir(), openStore: openConfStore }));
    expect(Object.keys(handlers).sort()).toEqual([...channelNames].sort());
    for (const name of channelNames) expect(handlers[name], name).toBeTypeOf('function');
  });
});
