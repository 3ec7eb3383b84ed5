import type { GeoProjection } from 'd3-geo';
import { round, type Mark } from '../scene';
import { countryLabels } from './basemap';
import { boxesOverlap, boxInside, textWidth, type Box } from './labelPlacement';
import { screenCountries } from './screenCountries';

/** A country or sea name placed on a map, with the box it takes. */
export interface FittedMapLabel {
  mark: Mark;
  box: Box;
}

/** Settings for fitting country names: the area they must stay in, what they must not cover, and their size. */
export interface FitOptions {
  bounds: Box;
  obstacles: Box[];
  /** Boxes to keep clear where there is another spot (where other labels would rather go). */
  avoid?: Box[];
  fontSize: number;
  /** Width of a character in ems (0.6 unless given). */
  em?: number;
  /** Only these names (ids of `countryLabels`); all when not given. */
  ids?: string[];
}

// Screen offsets from the preferred anchor, nearest first: names move as little as they can.
const offsets = (() => {
  const out: [number, number][] = [];
  for (let dy = -120; dy <= 120; dy += 6) for (let dx = -200; dx <= 200; dx += 8) out.push([dx, dy]);
  return out.sort((a, b) => Math.hypot(...a) - Math.hypot(...b) || a[1] - b[1] || a[0] - b[0]);
})();

// Probing the letters' extent (cap height to baseline) rather than the box's corners lets a name fill a small country
// such as Kyrgyzstan without its letters crossing a border.
/** Whether points along the top and baseline of each line lie over the named country (or over water, for the sea). */
function over(projection: GeoProjection, box: Box, id: string, size: number, lead: number, lines: number): boolean {
  const want = id === 'caspian' ? null : id;
  const probes: [number, number][] = [];
  for (let l = 0; l < lines; l++) {
    const base = box.y0 + size * 0.85 + l * lead;
    // The ends are probed a little inside the box: the estimate is wider than the letters.
    const [x0, x1] = [box.x0 + size * 0.3, box.x1 - size * 0.3];
    const n = Math.ceil((x1 - x0) / 4);
    for (let i = 0; i <= n; i++) for (const y of [base - size * 0.7, base]) probes.push([x0 + ((x1 - x0) * i) / n, y]);
  }
  const at = screenCountries(projection);
  return probes.every(([x, y]) => at(x, y) === want);
}

/**
 * Country and sea names (basemap's `countryLabels`), each at the spot nearest its usual anchor where it lies wholly over
 * its country, inside `bounds`, and clear of the obstacles and of names placed before it. A name with no such spot is left out.
 */
export function fitMapLabels(projection: GeoProjection, opts: FitOptions): FittedMapLabel[] {
  const taken = [...opts.obstacles];
  const out: FittedMapLabel[] = [];
  for (const c of countryLabels.filter((l) => !opts.ids || opts.ids.includes(l.id))) {
    const anchor = projection([c.lon, c.lat]);
    const fitted = anchor && fitOne(c, anchor, taken, opts, projection);
    if (!fitted) continue;
    out.push(...fitted.marks.map((mark) => ({ mark, box: fitted.box })));
    taken.push(fitted.box);
  }
  return out;
}

/** The first free spot for one name (clear of `avoid` if it can be): on one line, or, for two words that fit nowhere, on two. */
function fitOne(c: (typeof countryLabels)[number], anchor: [number, number], taken: Box[], opts: FitOptions, projection: GeoProjection) {
  const { fontSize: size } = opts;
  const em = opts.em ?? 0.6;
  const variants = c.name.includes(' ') ? [[c.name], c.name.split(' ')] : [[c.name]];
  const lead = size * 1.1;
  const className = c.id === 'caspian' ? 'map-label map-label-water' : 'map-label map-label-country';
  for (const [lines, blocked] of variants.flatMap(
    (v) =>
      [
        [v, [...taken, ...(opts.avoid ?? [])]],
        [v, taken],
      ] as const,
  )) {
    const w = Math.max(...lines.map((l) => textWidth(l, size, em)));
    for (const [dx, dy] of offsets) {
      const [x, y] = [anchor[0] + dx, anchor[1] + dy];
      const box = { x0: x - w / 2, y0: y - size * 0.85, x1: x + w / 2, y1: y + size * 0.3 + (lines.length - 1) * lead };
      if (!boxInside(box, opts.bounds) || blocked.some((t) => boxesOverlap(box, t)) || !over(projection, box, c.id, size, lead, lines.length))
        continue;
      const marks: Mark[] = lines.map((text, i) => ({
        kind: 'text',
        key: `label-${c.id}${i ? `-${i + 1}` : ''}`,
        className,
        attrs: { x: round(x), y: round(y + i * lead), 'text-anchor': 'middle', 'font-size': size },
        text,
      }));
      return { marks, box };
    }
  }
  return null;
}
