import { describe, expect, it } from 'vitest';
import { frames } from '../../../../src/lib/frames';
import { textBox } from '../../../../src/graphics/troop-arrivals/textMetrics';
import { stateParams } from '../../../../src/graphics/troop-arrivals/states';
import { cases, geometryBox, visible } from './scenes';

// On phones these may sit in the band a passage card can cover: backgrounds, and the notes that repeat the passage.
const MAY_BE_COVERED = /^(basemap|panel|note-|route-note-|legend-)/;

describe.each(cases)('troop-arrivals $state at $frame', ({ state, frame, scene }) => {
  const f = frames[frame];

  it('fades no word it shows below legibility (a day still to come keeps its words at 0.65)', () => {
    for (const t of scene.marks.filter((m) => m.kind === 'text' && visible(m))) expect(Number(t.attrs.opacity ?? 1), t.key).toBeGreaterThanOrEqual(0.65);
  });

  it('fills the frame, with a title, a description and keyed marks', () => {
    expect([scene.width, scene.height]).toEqual([f.width, f.height]);
    expect(scene.title.length).toBeGreaterThan(20);
    expect(scene.description.length).toBeGreaterThan(100);
    const keys = scene.marks.map((m) => m.key);
    expect(new Set(keys).size, 'keys are unique').toBe(keys.length);
  });

  it('has only finite, rounded numbers in its attributes', () => {
    for (const m of scene.marks)
      for (const [k, v] of Object.entries(m.attrs)) {
        if (typeof v !== 'number') continue;
        expect(Number.isFinite(v), `${m.key}.${k}`).toBe(true);
        expect(Math.round(v * 100) / 100, `${m.key}.${k}`).toBe(v);
      }
  });

  it('keeps every visible text inside the frame', () => {
    for (const m of scene.marks.filter((x) => x.kind === 'text' && visible(x))) {
      const b = textBox(m);
      expect(b.x, `${m.key} "${m.text}"`).toBeGreaterThanOrEqual(0);
      expect(b.x + b.width, `${m.key} "${m.text}"`).toBeLessThanOrEqual(f.width);
      expect(b.y, `${m.key} "${m.text}"`).toBeGreaterThanOrEqual(0);
      expect(b.y + b.height, `${m.key} "${m.text}"`).toBeLessThanOrEqual(f.height);
    }
  });

  it('draws the view its state asks for', () => {
    const hasMap = scene.marks.some((m) => m.kind === 'use');
    expect(hasMap).toBe(stateParams[state].view === 'map');
    expect(scene.marks.some((m) => m.key.startsWith('stamp-'))).toBe(true);
  });
});

describe.each(cases.filter((c) => c.frame === 'phone'))('troop-arrivals $state on a phone', ({ scene }) => {
  it('keeps its subject above the band a passage card may cover', () => {
    const limit = frames.phone.height - frames.phone.safeBottom;
    for (const m of scene.marks.filter((x) => visible(x) && !MAY_BE_COVERED.test(x.key))) {
      const b = m.kind === 'text' ? textBox(m) : geometryBox(m);
      if (b) expect(b.y + b.height, `${m.key} ${m.text ?? ''}`).toBeLessThanOrEqual(limit);
    }
  });
});
