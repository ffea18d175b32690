// The preload, run against a fake `electron`: it exposes one method per channel and nothing raw.
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { channelNames } from '../../shared/ipc/contract';
import type { FakeElectron } from '../testing/fakeElectron';

const state = vi.hoisted(() => ({ fake: undefined as unknown as FakeElectron }));

vi.mock('electron', async () => {
  const { createFakeElectron } = await import('../testing/fakeElectron');
  state.fake = createFakeElectron('/unused');
  return { default: state.fake, ...state.fake };
});

beforeAll(async () => {
  await import('./index');
});

describe('window.baton', () => {
  const exposed = () => state.fake.contextBridge.exposed.baton as Record<string, unknown>;

  it('has exactly the contract channels plus shell, onCommand, onOpenFile and presenter', () => {
    expect(Object.keys(exposed()).sort()).toEqual([...channelNames, 'onCommand', 'onOpenFile', 'presenter', 'shell'].sort());
    expect(exposed().shell).toBe('electron');
    expect(exposed()).not.toHaveProperty('ipcRenderer');
    expect(exposed()).not.toHaveProperty('invoke');
  });

  it('sends each call on its own namespaced channel', async () => {
    const create = exposed().createWorkshop as (request: unknown) => Promise<unknown>;
    await create({ title: 'x' });
    expect(state.fake.ipcRenderer.invoked).toContainEqual(['baton:createWorkshop', { title: 'x' }]);
  });

  it('sends the presenter requests on their own channels', async () => {
    const presenter = exposed().presenter as { open(): Promise<unknown>; turn(delta: number): void };
    await presenter.open();
    presenter.turn(-1);
    expect(state.fake.ipcRenderer.invoked).toContainEqual(['baton:presenter:open']);
    expect(state.fake.ipcRenderer.invoked).toContainEqual(['baton:presenter:turn', -1]);
  });
});
