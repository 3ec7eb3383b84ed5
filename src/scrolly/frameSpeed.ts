/**
 * The speed of a scroll from one frame to the next, for an engine that looks once a frame while the page moves. A
 * frame that finds the page where the last one left it ends the run, so a jump from a page at rest (a link, find in
 * page, a script's scrollTo) is not taken for a fast scroll: it has no moving frame before it to be measured against.
 */
export interface FrameSpeed {
  /**
   * Takes this frame's time and scroll position; true while the page is moving, when the caller should look again
   * next frame (the frame after a jump included, which finds it still).
   */
  frame(time: number, y: number): boolean;
  /** Pixels per millisecond between the last two frames; 0 at rest or after a jump. */
  readonly speed: number;
}

export function createFrameSpeed(): FrameSpeed {
  let last: { time: number; y: number } | null = null;
  let speed = 0;
  return {
    frame(time, y) {
      if (last && y === last.y) {
        last = null;
        speed = 0;
        return false;
      }
      // A frame no later than the last has no time to measure a speed over.
      speed = last && time > last.time ? Math.abs(y - last.y) / (time - last.time) : 0;
      last = { time, y };
      return true;
    },
    get speed() {
      return speed;
    },
  };
}
