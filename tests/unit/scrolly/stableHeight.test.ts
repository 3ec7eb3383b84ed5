import { describe, expect, it } from 'vitest';
import { isSignificantResize } from '../../../src/scrolly/stableHeight';

describe('height-only changes under a quarter change nothing', () => {
  const phone = { width: 390, height: 844 };

  it('ignores the address bar showing or hiding', () => {
    expect(isSignificantResize(phone, { width: 390, height: 844 * 0.85 })).toBe(false);
    expect(isSignificantResize(phone, { width: 390, height: 844 * 1.15 })).toBe(false);
  });

  it('re-lays out for a large height change, any width change and a rotation', () => {
    expect(isSignificantResize(phone, { width: 390, height: 600 })).toBe(true);
    expect(isSignificantResize(phone, { width: 391, height: 844 })).toBe(true);
    expect(isSignificantResize(phone, { width: 844, height: 390 })).toBe(true);
  });
});
