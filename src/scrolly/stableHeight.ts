/** A viewport size in CSS pixels. */
export interface ViewportSize {
  width: number;
  height: number;
}

/** Height changes smaller than this share of the height (a phone's address bar showing or hiding) change nothing. */
export const HEIGHT_TOLERANCE = 0.25;

/**
 * Whether a resize from `prev` to `next` should re-lay out the story: any change of width (rotation, zoom, a new
 * window size), or a change of height of at least a quarter.
 */
export function isSignificantResize(prev: ViewportSize, next: ViewportSize): boolean {
  if (Math.abs(next.width - prev.width) >= 1) return true;
  return Math.abs(next.height - prev.height) >= prev.height * HEIGHT_TOLERANCE;
}
