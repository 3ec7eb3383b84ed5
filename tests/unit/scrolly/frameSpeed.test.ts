import { describe, expect, it } from 'vitest';
import { createFrameSpeed } from '../../../src/scrolly/frameSpeed';

describe('the speed of a scroll from frame to frame', () => {
  it('is measured between two frames in a row that both found the page moved', () => {
    const m = createFrameSpeed();
    expect(m.frame(1000, 0)).toBe(true);
    expect(m.speed).toBe(0);
    expect(m.frame(1016, 200)).toBe(true);
    expect(m.speed).toBe(12.5);
    expect(m.frame(1048, 120)).toBe(true);
    expect(m.speed).toBe(2.5);
  });

  it('takes a jump for no speed at all: it has no moving frame before it', () => {
    const m = createFrameSpeed();
    expect(m.frame(1000, 9000)).toBe(true);
    expect(m.speed).toBe(0);
    // The next frame finds the page where the jump left it: the run ends and the loop may stop.
    expect(m.frame(1016, 9000)).toBe(false);
    expect(m.speed).toBe(0);
    // A second jump later starts a new run, not measured against the first.
    expect(m.frame(1100, 1000)).toBe(true);
    expect(m.speed).toBe(0);
  });

  it('falls to nothing when the page stops, and a new run starts unmeasured', () => {
    const m = createFrameSpeed();
    m.frame(0, 0);
    m.frame(16, 160);
    expect(m.speed).toBe(10);
    expect(m.frame(32, 160)).toBe(false);
    expect(m.speed).toBe(0);
    expect(m.frame(48, 400)).toBe(true);
    expect(m.speed).toBe(0);
    m.frame(64, 600);
    expect(m.speed).toBe(12.5);
  });

  it('gives no speed for two looks at one time', () => {
    const m = createFrameSpeed();
    m.frame(16, 0);
    m.frame(16, 100);
    expect(m.speed).toBe(0);
  });
});
