import { describe, expect, it } from 'vitest';
import { createScrollHold, HOLD_ABOVE_SCREENS_PER_SECOND, RELEASE_BELOW_SCREENS_PER_SECOND } from '../../../src/scrolly/scrollHold';

const SCREEN = 800;
// Pixels moved in a 16 ms frame at a speed given in screens a second.
const perFrame = (screensPerSecond: number) => (screensPerSecond * SCREEN * 16) / 1000;

/** Scrolls frame by frame at the given speeds (screens a second) and returns whether each frame held. */
function run(speeds: number[]): boolean[] {
  const hold = createScrollHold();
  let y = 0;
  let t = 0;
  hold.frame(t, y, SCREEN);
  return speeds.map((s) => {
    t += 16;
    y += perFrame(s);
    hold.frame(t, y, SCREEN);
    return hold.holding;
  });
}

describe('a change of step is held while the page moves faster than anyone reads', () => {
  it('never holds a reading scroll, however long', () => {
    expect(run(Array(200).fill(3)).some(Boolean)).toBe(false);
    expect(run(Array(50).fill(HOLD_ABOVE_SCREENS_PER_SECOND * 0.95)).some(Boolean)).toBe(false);
  });

  it('holds above the upper speed and keeps holding as a fling slows, until it is slower than the lower one', () => {
    const speeds = [20, 14, 10, 7, 5, 3, 2, RELEASE_BELOW_SCREENS_PER_SECOND * 1.1, RELEASE_BELOW_SCREENS_PER_SECOND * 0.9, 1];
    expect(run(speeds)).toEqual([true, true, true, true, true, true, true, true, false, false]);
  });

  it('lets go when the page stops, whatever the speed before', () => {
    const hold = createScrollHold();
    hold.frame(0, 0, SCREEN);
    hold.frame(16, 400, SCREEN);
    expect(hold.holding).toBe(true);
    expect(hold.frame(32, 400, SCREEN)).toBe(false);
    expect(hold.holding).toBe(false);
  });

  it('does not take a jump for a fast scroll, nor a screen not yet measured', () => {
    const hold = createScrollHold();
    hold.frame(0, 30_000, SCREEN);
    expect(hold.holding).toBe(false);
    expect(hold.frame(16, 30_000, SCREEN)).toBe(false);
    expect(hold.holding).toBe(false);
    const unmeasured = createScrollHold();
    unmeasured.frame(0, 0, 0);
    unmeasured.frame(16, 400, 0);
    expect(unmeasured.holding).toBe(false);
  });
});
