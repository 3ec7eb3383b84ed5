import { describe, expect, it } from 'vitest';
import { overlaps, placeLabels, textBox, type LabelRequest } from '../../../../src/graphics/casualty-tally/labelPlacer';

const bounds = { x0: 0, y0: 0, x1: 400, y1: 300 };
const req = (key: string, sides: LabelRequest['sides'], optional = false): LabelRequest => ({ key, text: '241', x: 200, y: 150, size: 11, sides, optional });
const texts = (marks: ReturnType<typeof placeLabels>) => marks.filter((m) => m.kind === 'text');

describe('placeLabels', () => {
  it('moves an earlier label to another free side when a label that must show has no free place', () => {
    const marks = texts(placeLabels([req('a', ['above', 'below']), req('b', ['above'])], [], bounds));
    expect(marks.map((m) => m.key.split(':')[0])).toEqual(['a', 'b']);
    const [a, b] = marks.map(textBox);
    expect(overlaps(a!, b!)).toBe(false);
    // The label with only one side keeps it; the one with a choice went below its point.
    expect(Number(marks[0]!.attrs.y)).toBeGreaterThan(150);
    expect(Number(marks[1]!.attrs.y)).toBeLessThan(150);
  });

  it('moves nothing for a label that may be left out, and leaves that one out', () => {
    const marks = texts(placeLabels([req('a', ['above', 'below']), req('b', ['above'], true)], [], bounds));
    expect(marks.map((m) => m.key.split(':')[0])).toEqual(['a']);
    expect(Number(marks[0]!.attrs.y)).toBeLessThan(150);
  });

  it('keeps an earlier label where it is when moving it would not free a place', () => {
    const wall = [{ x0: 0, y0: 150, x1: 400, y1: 300 }];
    const marks = texts(placeLabels([req('a', ['above', 'below']), req('b', ['above'])], wall, bounds));
    // Below is blocked, so a stays above and b, which must show, takes its only side over it (the overlap tests report it).
    expect(marks.map((m) => [m.key.split(':')[0], Number(m.attrs.y) < 150])).toEqual([['a', true], ['b', true]]);
  });
});
