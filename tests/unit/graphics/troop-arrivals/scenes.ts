import { readDatasets } from '../../../../src/lib/data/readDatasets';
import { frameIds, frames, type FrameId } from '../../../../src/lib/frames';
import type { Mark, Scene } from '../../../../src/lib/scene';
import { layout } from '../../../../src/graphics/troop-arrivals/layout';
import { states, type TroopArrivalsState } from '../../../../src/graphics/troop-arrivals/states';
import type { Box } from '../../../../src/graphics/troop-arrivals/textMetrics';

/** The real datasets, read once for the troop graphic's tests. */
export const data = readDatasets();

/** Every state at every frame, laid out once. */
export const cases: { state: TroopArrivalsState; frame: FrameId; scene: Scene }[] = states.flatMap((state) =>
  frameIds.map((frame) => ({ state, frame, scene: layout(data, frames[frame], state) })),
);

/** A mark is visible unless its opacity is 0. */
export const visible = (m: Mark) => Number(m.attrs.opacity ?? 1) > 0;

/** The box covered by a mark's geometry: rects, circles, lines and the points of a path. */
export function geometryBox(m: Mark): Box | null {
  const a = m.attrs;
  if (m.kind === 'rect') return { x: Number(a.x), y: Number(a.y), width: Number(a.width), height: Number(a.height) };
  if (m.kind === 'circle') return { x: Number(a.cx) - Number(a.r), y: Number(a.cy) - Number(a.r), width: 2 * Number(a.r), height: 2 * Number(a.r) };
  if (m.kind === 'line') return { x: Math.min(Number(a.x1), Number(a.x2)), y: Math.min(Number(a.y1), Number(a.y2)), width: Math.abs(Number(a.x2) - Number(a.x1)), height: Math.abs(Number(a.y2) - Number(a.y1)) };
  if (m.kind === 'path') {
    // Absolute M/L/Q/H/V commands only: enough for routes, brackets and hatching.
    const xs: number[] = [];
    const ys: number[] = [];
    let x = 0;
    let y = 0;
    for (const [, cmd, args] of String(a.d).matchAll(/([MLQHV])([^MLQHV]*)/g)) {
      const n = args!.split(/[\s,]+/).filter(Boolean).map(Number);
      if (cmd === 'H') x = n.at(-1)!;
      else if (cmd === 'V') y = n.at(-1)!;
      else
        for (let i = 0; i < n.length; i += 2) {
          x = n[i]!;
          y = n[i + 1]!;
          xs.push(x);
          ys.push(y);
        }
      xs.push(x);
      ys.push(y);
    }
    return { x: Math.min(...xs), y: Math.min(...ys), width: Math.max(...xs) - Math.min(...xs), height: Math.max(...ys) - Math.min(...ys) };
  }
  return null;
}
