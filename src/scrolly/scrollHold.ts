import { createFrameSpeed } from './frameSpeed';

/**
 * Faster than this many screens a second, nobody reads the passages going by: a change of step is held. A steady
 * reading scroll, and the benchmark's step scroll (40 px a frame, under three screens a second), stay below.
 */
export const HOLD_ABOVE_SCREENS_PER_SECOND = 6;
/**
 * A hold lasts until the page slows below this, or stops: a fling on a phone slows down gradually, and the last
 * screens of it would otherwise tell, and start a graphic's change for, each step it still passes.
 */
export const RELEASE_BELOW_SCREENS_PER_SECOND = 1.5;

/** Whether the page is moving too fast for a change of step to be told, judged once a frame. */
export interface ScrollHold {
  /** Takes this frame's time, scroll position and screen height; true while the page moves (look again next frame). */
  frame(time: number, y: number, screenHeight: number): boolean;
  readonly holding: boolean;
}

export function createScrollHold(): ScrollHold {
  const motion = createFrameSpeed();
  let holding = false;
  return {
    frame(time, y, screenHeight) {
      const moving = motion.frame(time, y);
      const screensPerSecond = screenHeight > 0 ? (motion.speed * 1000) / screenHeight : 0;
      holding = screensPerSecond > (holding ? RELEASE_BELOW_SCREENS_PER_SECOND : HOLD_ABOVE_SCREENS_PER_SECOND);
      return moving;
    },
    get holding() {
      return holding;
    },
  };
}
