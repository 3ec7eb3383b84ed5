import { describe, expect, it } from 'vitest';
import { initialMode, isReadingMode, MODE_STORAGE_KEY, readStoredMode, storeMode } from '../../../src/scrolly/readingMode';

describe('the reading mode a page opens in', () => {
  it('takes the URL parameter first, then the stored choice, then the default', () => {
    expect(initialMode({ param: 'plain', stored: 'step', reducedMotion: false })).toBe('plain');
    expect(initialMode({ param: null, stored: 'step', reducedMotion: false })).toBe('step');
    expect(initialMode({ param: null, stored: null, reducedMotion: false })).toBe('scroll');
  });

  it('opens in step-through under reduced motion unless the reader chose', () => {
    expect(initialMode({ param: null, stored: null, reducedMotion: true })).toBe('step');
    expect(initialMode({ param: 'scroll', stored: null, reducedMotion: true })).toBe('scroll');
    expect(initialMode({ param: null, stored: 'scroll', reducedMotion: true })).toBe('scroll');
  });

  it('falls back past a bad value', () => {
    expect(initialMode({ param: 'banana', stored: 'SCROLL', reducedMotion: false })).toBe('scroll');
    expect(initialMode({ param: '', stored: 'plain', reducedMotion: false })).toBe('plain');
    expect(isReadingMode('step')).toBe(true);
    expect(isReadingMode(3)).toBe(false);
  });

  it('survives storage that throws', () => {
    const broken = () => {
      throw new Error('SecurityError');
    };
    expect(readStoredMode(broken)).toBeNull();
    expect(() => storeMode('plain', broken)).not.toThrow();
  });

  it('stores and reads the choice', () => {
    const map = new Map<string, string>();
    const storage = { getItem: (k: string) => map.get(k) ?? null, setItem: (k: string, v: string) => void map.set(k, v) } as Storage;
    storeMode('plain', () => storage);
    expect(map.get(MODE_STORAGE_KEY)).toBe('plain');
    expect(readStoredMode(() => storage)).toBe('plain');
  });
});
