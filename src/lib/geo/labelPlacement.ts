/** An axis-aligned box in frame units. */
export interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

/** A label to place beside a point of radius `r`, as a box of the given size. */
export interface LabelRequest {
  id: string;
  x: number;
  y: number;
  r: number;
  width: number;
  height: number;
}

/** Where a label went: its box, how its text lines align, and whether it needs a leader line to its point. */
export interface PlacedLabel {
  id: string;
  box: Box;
  anchor: 'start' | 'middle' | 'end';
  leader: boolean;
  /** True only when no position was free: the least-overlapping one was used (tests fail on it). */
  collides: boolean;
}

/** Label-placement settings: the area labels must stay in, what they must not cover, and spacing. */
export interface PlacementOptions {
  bounds: Box;
  obstacles: Box[];
  /** Space between a point and its label. */
  gap: number;
}

// Average advance of Source Sans 3 is about 0.5 em; 0.6 em leaves room for the fallback fonts and the text halo.
/** Estimated width of a line of text: `em` ems a character. */
export function textWidth(text: string, fontSize: number, em = 0.6): number {
  return text.length * fontSize * em;
}

/** Whether two boxes overlap (touching edges do not). */
export function boxesOverlap(a: Box, b: Box): boolean {
  return a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;
}

/** Whether `a` lies wholly within `outer`. */
export function boxInside(a: Box, outer: Box): boolean {
  return a.x0 >= outer.x0 && a.x1 <= outer.x1 && a.y0 >= outer.y0 && a.y1 <= outer.y1;
}

/** The square around a point of radius r. */
export function pointBox(x: number, y: number, r: number): Box {
  return { x0: x - r, y0: y - r, x1: x + r, y1: y + r };
}

const overlapArea = (a: Box, b: Box) =>
  Math.max(0, Math.min(a.x1, b.x1) - Math.max(a.x0, b.x0)) * Math.max(0, Math.min(a.y1, b.y1) - Math.max(a.y0, b.y0));

// Right of the point first (the usual reading of a dot map), then left, the four diagonals, above, below; then the same
// sides slid along (half a line up or down, a third of the width across) before standing off with a leader line.
const directions: { dx: -1 | 0 | 1; dy: -1 | 0 | 1; anchor: PlacedLabel['anchor']; slide: number }[] = [
  { dx: 1, dy: 0, anchor: 'start', slide: 0 },
  { dx: -1, dy: 0, anchor: 'end', slide: 0 },
  { dx: 1, dy: -1, anchor: 'start', slide: 0 },
  { dx: 1, dy: 1, anchor: 'start', slide: 0 },
  { dx: -1, dy: -1, anchor: 'end', slide: 0 },
  { dx: -1, dy: 1, anchor: 'end', slide: 0 },
  { dx: 0, dy: -1, anchor: 'middle', slide: 0 },
  { dx: 0, dy: 1, anchor: 'middle', slide: 0 },
  ...([1, -1] as const).flatMap((slide) => [
    { dx: 1 as const, dy: 0 as const, anchor: 'start' as const, slide },
    { dx: -1 as const, dy: 0 as const, anchor: 'end' as const, slide },
    { dx: 0 as const, dy: -1 as const, anchor: 'start' as const, slide },
    { dx: 0 as const, dy: 1 as const, anchor: 'start' as const, slide },
  ]),
];

type Candidate = Omit<PlacedLabel, 'id' | 'collides'>;

/** Candidate boxes for a label, nearest first; those beyond the first ring need a leader line. */
function candidates(req: LabelRequest, gap: number): Candidate[] {
  const out: Candidate[] = [];
  for (const reach of [1, 2.2, 3.4]) {
    const d = (req.r + gap) * reach;
    for (const { dx, dy, anchor, slide } of directions) {
      const diag = dx !== 0 && dy !== 0 ? 0.7 : 1;
      // A label slid along the top or bottom side keeps its near end over the point and aligns as text starting there.
      const across = dx === 0 && slide ? (slide > 0 ? -req.width / 6 : -req.width * (5 / 6)) : -req.width / 2;
      const x0 = dx > 0 ? req.x + d * diag : dx < 0 ? req.x - d * diag - req.width : req.x + across;
      const along = dy === 0 ? (slide * req.height) / 2 : 0;
      const y0 = dy > 0 ? req.y + d * diag : dy < 0 ? req.y - d * diag - req.height : req.y - req.height / 2 + along;
      const a = dx === 0 && slide ? (slide > 0 ? 'start' : 'end') : anchor;
      out.push({ box: { x0, y0, x1: x0 + req.width, y1: y0 + req.height }, anchor: a, leader: reach > 1 });
    }
  }
  return out;
}

/**
 * Places labels greedily, in the order given, at the first candidate position that stays inside `bounds` and
 * overlaps no obstacle, no point and no label placed before it. Deterministic: same input, same output.
 */
export function placeLabels(requests: LabelRequest[], opts: PlacementOptions): PlacedLabel[] {
  const points = requests.map((r) => pointBox(r.x, r.y, r.r));
  const taken: Box[] = [...opts.obstacles, ...points];
  const placed: PlacedLabel[] = [];
  for (const req of requests) {
    const options = candidates(req, opts.gap).filter((c) => boxInside(c.box, opts.bounds));
    const free = options.find((c) => !taken.some((t) => boxesOverlap(c.box, t)));
    const cost = (c: Candidate) => taken.reduce((s, t) => s + overlapArea(c.box, t), 0);
    const best = free ?? [...options].sort((a, b) => cost(a) - cost(b))[0];
    if (!best) throw new Error(`label "${req.id}" has no position inside the frame`);
    placed.push({ id: req.id, ...best, collides: !free });
    taken.push(best.box);
  }
  return placed;
}
