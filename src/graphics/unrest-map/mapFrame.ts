import type { Place } from '../../lib/data/schemas';
import type { Frame, FrameId } from '../../lib/frames';
import { basemap, kazakhstan, type Basemap, type Viewport } from '../../lib/geo/basemap';
import { textWidth, type Box } from '../../lib/geo/labelPlacement';
import type { Inset } from '../../lib/geo/projection';
import { round } from '../../lib/scene';
import { cityOf, hasCoordinates, isCapital, mapLabel } from './unrestData';

/** Sizes of one frame's drawing. */
export interface FrameSizes {
  /** The map's part of the frame; on phones it ends above the band passage cards may cover. */
  viewport: Viewport;
  /** Where Kazakhstan is fitted, as margins from the frame's edges. */
  inset: Inset;
  /** Radius of a place's point. */
  r: number;
  labelSize: number;
  /** Country and sea names: smaller than places', and in grey, as background. */
  countrySize: number;
  stampSize: number;
  /** The legend's box, below the map. */
  legend: Box;
  /** Columns of the legend's grid; an entry too wide for one takes two. */
  legendColumns: number;
  /** Labels wider than this break before a bracket: "Nur-Sultan" above "(now Astana)". */
  maxLabelWidth: number;
}

/** Per-frame sizes: the phone keeps every place above the bottom 150 px, where only the legend sits. */
export const frameSizes: Record<FrameId, FrameSizes> = {
  phone: {
    viewport: { x: 0, y: 0, width: 360, height: 370 },
    inset: { top: 56, right: 10, bottom: 226, left: 10 },
    r: 4.5,
    labelSize: 11,
    countrySize: 10,
    stampSize: 17,
    legend: { x0: 12, y0: 384, x1: 348, y1: 512 },
    legendColumns: 2,
    maxLabelWidth: 110,
  },
  desktop: {
    viewport: { x: 0, y: 0, width: 720, height: 462 },
    inset: { top: 62, right: 22, bottom: 98, left: 22 },
    r: 5.5,
    labelSize: 12,
    countrySize: 11.5,
    stampSize: 20,
    legend: { x0: 22, y0: 476, x1: 698, y1: 534 },
    legendColumns: 4,
    maxLabelWidth: 180,
  },
};

/** The lines of a place's map label in a frame: one, or two when a long name breaks before its bracket. */
export function labelLines(p: Place, frame: Frame): string[] {
  const { labelSize, maxLabelWidth } = frameSizes[frame.id];
  const text = mapLabel(p);
  const cut = text.indexOf(' (');
  return textWidth(text, labelSize) > maxLabelWidth && cut > 0 ? [text.slice(0, cut), text.slice(cut + 1)] : [text];
}

/** Radius of the ring that marks the capital around its point. */
export const capitalRing = (r: number): number => r + 3.5;

/** Height of a line of label text, with room for its halo. */
export const lineHeight = (size: number): number => size * 1.1 + 2;

// The base map and its country labels depend only on the frame, so they are made once per frame and shared by states.
const bases = new Map<FrameId, Basemap>();
/** The base map for a frame: Kazakhstan fitted into the frame's inset, drawn into its viewport. */
export function frameBasemap(frame: Frame): Basemap {
  const s = frameSizes[frame.id];
  if (!bases.has(frame.id)) bases.set(frame.id, basemap('unrest-map', frame, kazakhstan, s.inset, s.viewport));
  return bases.get(frame.id)!;
}

/** Where each place is drawn. A site too close to its city to tell apart is moved beside it, along its true bearing. */
export function placePositions(places: Place[], frame: Frame): Map<string, [number, number]> {
  const { projection } = frameBasemap(frame);
  const s = frameSizes[frame.id];
  const out = new Map<string, [number, number]>();
  for (const p of places.filter(hasCoordinates)) out.set(p.id, projection([p.lon, p.lat])!);
  // Points are kept apart as boxes: the reach of the largest shape, plus the capital's ring where there is one.
  const reach = (id: string) => (isCapital(places.find((p) => p.id === id)!) ? capitalRing(s.r) : s.r * 1.55) + 1;
  for (const [id, [x, y]] of out) {
    const city = out.get(cityOf(id));
    if (!city || cityOf(id) === id) continue;
    const min = reach(id) + reach(cityOf(id));
    const [dx, dy] = [x - city[0], y - city[1]];
    const [ux, uy] = Math.hypot(dx, dy) === 0 ? [1, 0] : [dx / Math.hypot(dx, dy), dy / Math.hypot(dx, dy)];
    const t = min / Math.max(Math.abs(ux), Math.abs(uy));
    if (Math.abs(dx) < min && Math.abs(dy) < min) out.set(id, [city[0] + ux * t, city[1] + uy * t]);
  }
  for (const [id, [x, y]] of out) out.set(id, [round(x), round(y)]);
  return out;
}
