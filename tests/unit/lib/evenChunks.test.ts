import { describe, expect, it } from 'vitest';
import { evenChunks } from '../../../src/lib/evenChunks';

const range = (n: number) => Array.from({ length: n }, (_, i) => i);

describe('evenChunks', () => {
  it('keeps every item once, in order', () => {
    for (const n of [0, 1, 11, 12, 13, 243]) expect(evenChunks(range(n), 12).flat()).toEqual(range(n));
  });

  it('makes the fewest runs, none longer than the limit and none more than one shorter than another', () => {
    for (let n = 1; n <= 300; n++) {
      const sizes = evenChunks(range(n), 12).map((c) => c.length);
      expect(sizes.length, `${n}`).toBe(Math.ceil(n / 12));
      expect(Math.max(...sizes), `${n}`).toBeLessThanOrEqual(12);
      expect(Math.max(...sizes) - Math.min(...sizes), `${n}`).toBeLessThanOrEqual(1);
    }
  });

  it('spreads the remainder over the first runs rather than leaving a straggler', () => {
    const sizes = evenChunks(range(243), 12).map((c) => c.length);
    expect(sizes).toEqual([...Array(12).fill(12), ...Array(9).fill(11)]);
    expect(evenChunks(range(13), 12).map((c) => c.length)).toEqual([7, 6]);
  });

  it('gives no runs for no items', () => {
    expect(evenChunks([], 12)).toEqual([]);
  });

  it('rejects a limit that is not a whole number of at least one', () => {
    for (const bad of [0, -1, 1.5, Number.NaN]) expect(() => evenChunks(range(3), bad)).toThrow(/maxSize/);
  });
});
