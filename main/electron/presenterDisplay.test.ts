import { describe, expect, it } from 'vitest';
import { presenterPlacement, type DisplayInfo } from './presenterDisplay';

const laptop: DisplayInfo = {
  id: 1,
  bounds: { x: 0, y: 0, width: 1440, height: 900 },
  workArea: { x: 0, y: 25, width: 1440, height: 875 },
  internal: true,
};
const projector: DisplayInfo = {
  id: 2,
  bounds: { x: 1440, y: 0, width: 1280, height: 720 },
  workArea: { x: 1440, y: 0, width: 1280, height: 720 },
  internal: false,
};
const monitor: DisplayInfo = { id: 3, bounds: { x: -1920, y: 0, width: 1920, height: 1080 }, workArea: { x: -1920, y: 0, width: 1920, height: 1040 } };

describe('presenterPlacement', () => {
  it('goes full screen on the projector when the laptop holds the controls', () => {
    expect(presenterPlacement([laptop, projector], 1)).toEqual({ displayId: 2, bounds: projector.bounds, fullScreen: true, external: true });
  });

  it('prefers a display the system calls external over one it does not describe', () => {
    expect(presenterPlacement([laptop, monitor, projector], 1)?.displayId).toBe(2);
    expect(presenterPlacement([laptop, monitor], 1)?.displayId).toBe(3);
  });

  it('uses the other display even when the facilitator moved the controls to the external one', () => {
    expect(presenterPlacement([laptop, projector], 2)).toMatchObject({ displayId: 1, fullScreen: true, external: true });
  });

  it('opens a centred 16:9 window on the only display, once the projector is unplugged', () => {
    const placement = presenterPlacement([laptop], 1)!;
    expect(placement).toMatchObject({ displayId: 1, fullScreen: false, external: false });
    expect(placement.bounds).toEqual({ x: 80, y: 103, width: 1280, height: 720 });
  });

  it('shrinks the window to fit a small screen, keeping 16:9', () => {
    const small: DisplayInfo = { id: 7, bounds: { x: 0, y: 0, width: 1024, height: 768 }, workArea: { x: 0, y: 0, width: 1024, height: 740 } };
    const { bounds } = presenterPlacement([small], 7)!;
    expect(bounds.width).toBeLessThanOrEqual(1024 * 0.9);
    expect(Math.abs(bounds.width / bounds.height - 16 / 9)).toBeLessThan(0.01);
    expect(bounds.x).toBeGreaterThanOrEqual(0);
  });

  it('has nowhere to go without displays, and falls back to the first when the facilitator display is unknown', () => {
    expect(presenterPlacement([], null)).toBeNull();
    expect(presenterPlacement([laptop, projector], null)?.displayId).toBe(2);
  });
});
