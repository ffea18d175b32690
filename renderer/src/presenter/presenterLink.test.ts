// The browser-mode link between the facilitator's tab and the presenter window, over a real
// BroadcastChannel (Node has one): the presenter asks for the scene when it starts and gets the
// latest; page turns and closing travel the same way.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { presenterScene } from '../../../shared/presenter/scene';
import { reportTestWorkshop } from '../../../shared/report/testing';

const scene = presenterScene(reportTestWorkshop(), { reveal: 'none', theme: 'light' });
const settle = () => new Promise((resolve) => setTimeout(resolve, 20));

function fakeWindow(hash = '') {
  const listeners = new Map<string, () => void>();
  return {
    location: { pathname: '/', hash },
    open: vi.fn(() => ({})),
    close: vi.fn(),
    addEventListener: (type: string, listener: () => void) => listeners.set(type, listener),
    fire: (type: string) => listeners.get(type)?.(),
  };
}

afterEach(() => {
  vi.unstubAllGlobals();
  vi.resetModules();
});

describe('the browser-mode presenter link', () => {
  it('opens a same-origin window named for this tab, and feeds it the latest scene, page turns and close', async () => {
    const facilitatorWindow = fakeWindow();
    vi.stubGlobal('window', facilitatorWindow);
    const { createPresenterLink } = await import('./presenterLink');
    const link = createPresenterLink({} as never);
    expect(await link.open()).toBeNull();
    const [url] = facilitatorWindow.open.mock.calls[0] as unknown as [string];
    expect(url).toMatch(/^\/#presenter=[\w-]+$/);
    link.show(scene);

    const presenterWindow = fakeWindow(url.slice(1));
    vi.stubGlobal('window', presenterWindow);
    const { connectPresenterSource } = await import('./presenterLink');
    const source = connectPresenterSource();
    await settle();
    const scenes: unknown[] = [];
    const pages: unknown[] = [];
    source.onScene((s) => scenes.push(s));
    source.onPage((d) => pages.push(d));
    expect(scenes).toEqual([scene]);

    const closed = vi.fn();
    link.onClosed(closed);
    link.turn(1);
    link.close();
    await settle();
    expect(pages).toEqual([1]);
    expect(presenterWindow.close).toHaveBeenCalled();
    presenterWindow.fire('pagehide');
    await settle();
    expect(closed).toHaveBeenCalled();
  });

  it('says so when the browser blocks the window', async () => {
    const blocked = { ...fakeWindow(), open: vi.fn(() => null) };
    vi.stubGlobal('window', blocked);
    const { createPresenterLink } = await import('./presenterLink');
    expect(await createPresenterLink({} as never).open()).toMatch(/blocked the presenter window/);
  });
});
