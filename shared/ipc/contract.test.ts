import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { channelNames, contract, ipcChannelOf, isChannelName } from './contract';

describe('the IPC contract', () => {
  it('gives every channel a zod request schema and a response marker', () => {
    expect(channelNames.length).toBeGreaterThan(0);
    for (const name of channelNames) {
      expect(contract[name].request, name).toBeInstanceOf(z.ZodType);
      expect(contract[name].response, name).toBeTypeOf('object');
    }
  });

  it('names channels with plain identifiers and namespaces the IPC strings', () => {
    for (const name of channelNames) {
      expect(name).toMatch(/^[a-z][A-Za-z]+$/);
      expect(ipcChannelOf(name)).toBe(`baton:${name}`);
    }
  });

  it('does not treat inherited object keys as channels', () => {
    expect(isChannelName('constructor')).toBe(false);
    expect(isChannelName('__proto__')).toBe(false);
  });
});
