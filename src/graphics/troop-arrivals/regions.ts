import type { Frame } from '../../lib/frames';
import type { Box } from './textMetrics';

/** Where each part of the graphic sits in a frame. */
export interface Regions {
  /** The map's fitted area (the base map itself fills the frame behind it). */
  map: Box;
  /** The day-by-day strip under the map. */
  timeline: Box;
  /** The chart of figures, which replaces map and timeline. */
  chart: Box;
  /** A state's notes: on the map over empty ground in the north-east, or on phones under the subject. */
  note: Box;
  /** The note on what the routes claim. */
  routeNote: Box;
  /** The chart's key to its bar styles. */
  key: Box;
  /** The detail box of Almaty's airfields; null where the frame has no room for it. */
  inset: Box | null;
}

// Phone: everything a step talks about sits above the bottom 150 px, which passage cards may cover.
const phone: Regions = {
  map: { x: 8, y: 30, width: 344, height: 200 },
  timeline: { x: 14, y: 258, width: 332, height: 106 },
  chart: { x: 12, y: 6, width: 336, height: 360 },
  note: { x: 14, y: 378, width: 332, height: 136 },
  routeNote: { x: 14, y: 378, width: 332, height: 136 },
  key: { x: 12, y: 382, width: 336, height: 40 },
  inset: null,
};

const desktop: Regions = {
  map: { x: 12, y: 36, width: 696, height: 356 },
  timeline: { x: 24, y: 414, width: 672, height: 116 },
  chart: { x: 24, y: 8, width: 672, height: 524 },
  note: { x: 440, y: 40, width: 270, height: 110 },
  routeNote: { x: 12, y: 364, width: 290, height: 30 },
  key: { x: 528, y: 40, width: 168, height: 80 },
  inset: { x: 574, y: 196, width: 140, height: 96 },
};

/** The regions of `frame`. */
export function regionsFor(frame: Frame): Regions {
  return frame.id === 'phone' ? phone : desktop;
}
