import { describe, expect, it } from 'vitest';
import { boxesOverlap, placeLabels, pointBox, textWidth, type LabelRequest } from '../../../../src/lib/geo/labelPlacement';

const bounds = { x0: 0, y0: 0, x1: 200, y1: 100 };
const req = (id: string, x: number, y: number): LabelRequest => ({ id, x, y, r: 4, width: textWidth(id, 11) + 2, height: 14 });

describe('placeLabels', () => {
  it('puts a lone label to the right of its point', () => {
    const [p] = placeLabels([req('Almaty', 50, 50)], { bounds, obstacles: [], gap: 2 });
    expect(p).toMatchObject({ anchor: 'start', leader: false, collides: false });
    expect(p!.box.x0).toBe(56);
  });

  it('moves a label left when the right side would leave the frame, or hit an obstacle', () => {
    expect(placeLabels([req('Taldykorgan', 190, 50)], { bounds, obstacles: [], gap: 2 })[0]!.anchor).toBe('end');
    const blocked = placeLabels([req('Taraz', 100, 50)], { bounds, obstacles: [{ x0: 104, y0: 40, x1: 160, y1: 60 }], gap: 2 })[0]!;
    expect(blocked.box.x1).toBeLessThanOrEqual(100);
  });

  it('keeps crowded labels apart from each other and from every point, the same way every time', () => {
    const reqs = [req('Almaty', 100, 50), req('Airport', 108, 44), req('Taldykorgan', 110, 34), req('Taraz', 84, 58)];
    const placed = placeLabels(reqs, { bounds, obstacles: [], gap: 2 });
    expect(placeLabels(reqs, { bounds, obstacles: [], gap: 2 })).toEqual(placed);
    for (const [i, a] of placed.entries()) {
      expect(a.collides).toBe(false);
      for (const b of placed.slice(i + 1)) expect(boxesOverlap(a.box, b.box)).toBe(false);
      for (const r of reqs) expect(boxesOverlap(a.box, pointBox(r.x, r.y, r.r))).toBe(false);
    }
  });

  it('says so when no free position exists', () => {
    const [p] = placeLabels([req('Almaty', 100, 50)], { bounds, obstacles: [bounds], gap: 2 });
    expect(p!.collides).toBe(true);
  });
});
