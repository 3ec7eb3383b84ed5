import { describe, expect, it } from 'vitest';
import { datasets } from '../../../src/lib/data/readDatasets';
import { frames } from '../../../src/lib/frames';
import type { Mark, Scene } from '../../../src/lib/scene';
import { markBottom, sceneExtent } from '../../../src/lib/sceneExtent';
import { definitionOf } from '../../../src/graphics/definitions';
import { graphicIds } from '../../../src/graphics/index';

const scene = (marks: Mark[], symbols: Scene['symbols'] = []): Scene => ({ width: 360, height: 520, title: 't', description: 'd', marks, symbols });
const mark = (kind: Mark['kind'], attrs: Mark['attrs']): Mark => ({ kind, key: `${kind}-${JSON.stringify(attrs)}`, attrs });

describe('markBottom', () => {
  it('reads the foot of rectangles, circles, lines and text by how the text hangs', () => {
    expect(markBottom(mark('rect', { x: 0, y: 10, width: 5, height: 20 }))).toBe(30);
    expect(markBottom(mark('circle', { cx: 0, cy: 100, r: 4 }))).toBe(104);
    expect(markBottom(mark('line', { x1: 0, y1: 40, x2: 9, y2: 12 }))).toBe(40);
    expect(markBottom(mark('text', { x: 0, y: 100, 'font-size': 10 }))).toBe(103);
    expect(markBottom(mark('text', { x: 0, y: 100, 'font-size': 10, 'dominant-baseline': 'hanging' }))).toBe(113);
    expect(markBottom(mark('text', { x: 0, y: 100, 'font-size': 10, 'dominant-baseline': 'middle' }))).toBe(108);
  });

  it('follows absolute paths, curves by their control points and arcs by their radius or chord', () => {
    expect(markBottom(mark('path', { d: 'M0,10L5,40H90V60Z' }))).toBe(60);
    expect(markBottom(mark('path', { d: 'M0,10Q5,80 9,10' }))).toBe(80);
    // Points repeated after one command, and numbers run together by their signs and points.
    expect(markBottom(mark('path', { d: 'M0,10 5,70L1-2.5.5.5' }))).toBe(70);
    expect(markBottom(mark('path', { d: 'M45,200A4.5,4.5 0 1,0 54,200Z' }))).toBe(209);
    // Radii too small for the chord: the arc is drawn on a circle as wide as the chord.
    expect(markBottom(mark('path', { d: 'M0,200A1,1 0 0,0 40,200' }))).toBe(240);
  });

  it('follows relative moves and lines, from where a closed subpath began', () => {
    expect(markBottom(mark('path', { d: 'M0,10l5,40-2-60z' }))).toBe(50);
    // After z the pen is back at 10 (not at 0, nor where the last line ended), so the next subpath goes to 10 + 30 + 5.
    expect(markBottom(mark('path', { d: 'M0,10l5 20z m0 30l1 5-1-2z' }))).toBe(45);
    expect(markBottom(mark('path', { d: 'M0,10l5 20zm0 30l1 5.5-1-2z' }))).toBe(45.5);
    // Numbers run together: .5.5 is two numbers.
    expect(markBottom(mark('path', { d: 'M0,10l.5.5.5.5' }))).toBe(11);
    expect(markBottom(mark('path', { d: 'm3,4 1,2v10h5v-3' }))).toBe(16);
  });

  it('does not guess: a smooth curve, a relative curve or arc, an exponent, an empty path, a transform, a text it cannot place, a symbol it cannot see', () => {
    expect(markBottom(mark('path', { d: 'M0,10q5,40 9,0' }))).toBeUndefined();
    // A smooth curve's first control point mirrors the last one, which may lie lower than any of its numbers.
    expect(markBottom(mark('path', { d: 'M0,10C0,90 5,90 9,10S20,20 30,10' }))).toBeUndefined();
    expect(markBottom(mark('path', { d: 'M0,10Q5,90 9,10T30,10' }))).toBeUndefined();
    expect(markBottom(mark('path', { d: 'M0,10a4,4 0 1,0 8,0' }))).toBeUndefined();
    expect(markBottom(mark('path', { d: 'M0,1e2L5,4' }))).toBeUndefined();
    expect(markBottom(mark('path', { d: '' }))).toBeUndefined();
    expect(markBottom(mark('rect', { x: 0, y: 10, width: 5, height: 20, transform: 'rotate(90)' }))).toBeUndefined();
    expect(markBottom(mark('text', { x: 0, y: 100 }))).toBeUndefined();
    expect(markBottom(mark('text', { x: 0, y: 100, 'font-size': 10, dy: 12 }))).toBeUndefined();
    expect(markBottom(mark('text', { x: 0, y: 100, 'font-size': 10, 'dominant-baseline': 'mathematical' }))).toBeUndefined();
    expect(markBottom(mark('use', { href: '#base', y: 0, height: 520 }))).toBeUndefined();
  });

  it('scales a symbol to the height it is drawn at, keeping its proportions, and does not follow one into itself', () => {
    const symbols = [{ id: 'base', width: 100, height: 200, marks: [mark('rect', { x: 0, y: 0, width: 100, height: 150 })] }];
    expect(markBottom(mark('use', { href: '#base', x: 0, y: 10, width: 200, height: 400 }), symbols)).toBe(310);
    expect(markBottom(mark('use', { href: '#base' }), symbols)).toBeUndefined();
    expect(markBottom(mark('use', { href: '#base', x: 0, y: 10, width: 400, height: 400 }), symbols)).toBeUndefined();
    const loop = [{ id: 'loop', width: 10, height: 10, marks: [mark('use', { href: '#loop', x: 0, y: 0, width: 10, height: 10 })] }];
    expect(markBottom(mark('use', { href: '#loop', x: 0, y: 0, width: 10, height: 10 }), loop)).toBeUndefined();
  });
});

describe('sceneExtent', () => {
  it('ends a little below the lowest mark, never past the frame, and takes the frame when a mark is unknown', () => {
    expect(sceneExtent(scene([mark('rect', { x: 0, y: 0, width: 5, height: 300 }), mark('circle', { cx: 0, cy: 100, r: 4 })]))).toBe(308);
    expect(sceneExtent(scene([mark('rect', { x: 0, y: 0, width: 5, height: 519 })]))).toBe(520);
    expect(sceneExtent(scene([mark('rect', { x: 0, y: 0, width: 5, height: 100 }), mark('path', { d: 'm0,0q1,1 2,2' })]))).toBe(520);
  });

  // What the step-through stage crops to on a phone: a chart's legend ends well above the foot kept for passage
  // cards, and the troop map's panel runs to the foot.
  it('finds the empty foot of the phone drawings', () => {
    const data = datasets();
    const extents = Object.fromEntries(
      graphicIds.map((g) => {
        const def = definitionOf(g);
        return [g, Object.fromEntries(def.states.map((s) => [s, sceneExtent(def.scene(data, s, frames.phone))]))];
      }),
    ) as Record<string, Record<string, number>>;
    for (const e of Object.values(extents['casualty-tally']!)) expect(e).toBeLessThan(frames.phone.height - 60);
    for (const e of Object.values(extents['unrest-map']!)) expect(e).toBeLessThan(frames.phone.height);
    expect(extents['troop-arrivals']!.airlift).toBe(frames.phone.height);
    expect(extents['troop-arrivals']!.contingents).toBeLessThan(frames.phone.height - 60);
  });
});
