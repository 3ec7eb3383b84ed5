import { describe, expect, it } from 'vitest';
import { hatchPath } from '../../../../src/graphics/troop-arrivals/hatch';
import { statePeriod, storyPeriod } from '../../../../src/graphics/troop-arrivals/period';
import { states } from '../../../../src/graphics/troop-arrivals/states';
import { TROOP_EVENTS } from '../../../../src/graphics/troop-arrivals/table';
import { cases, data, geometryBox } from './scenes';

const scene = (state: string) => cases.find((c) => c.state === state && c.frame === 'desktop')!.scene;

describe('the timeline', () => {
  it('runs from the appeal (5 Jan) to the last departures (19 Jan)', () => {
    expect(storyPeriod(data)).toEqual(['2022-01-05', '2022-01-19']);
    const days = scene('airlift').marks.filter((m) => m.key.startsWith('timeline-day-'));
    expect(days.map((m) => m.text)).toEqual(['5 Jan', ...Array.from({ length: 14 }, (_, i) => String(i + 6))]);
  });

  it('draws a bar per reported count, in proportion, and writes out the reports without a single count', () => {
    const marks = scene('withdrawal').marks;
    const bars = data.airlift.filter((a) => a.aircraft.value !== null).map((a) => ({ a, m: marks.find((m) => m.key === `flights-${a.id}`)! }));
    expect(bars.every((b) => b.m)).toBe(true);
    const perAircraft = bars.map((b) => Number(b.m.attrs.height) / b.a.aircraft.value!);
    for (const r of perAircraft) expect(r).toBeCloseTo(perAircraft[0]!, 1);
    expect(marks.find((m) => m.key === 'flights-2022-01-08-in-1-text')!.text).toBe('20+ flights planned');
    expect(marks.some((m) => m.key === 'flights-2022-01-15-out-1' && m.kind === 'rect')).toBe(false);
  });

  it('highlights the days of each state, and fades the days still to come', () => {
    for (const s of states.filter((x) => x !== 'contingents' && x !== 'guarded')) {
      const marks = scene(s).marks;
      const band = geometryBox(marks.find((m) => m.key === 'timeline-band')!)!;
      const [from, to] = statePeriod(data, s);
      const dayX = (iso: string) => Number(marks.find((m) => m.key === `timeline-day-${iso}`)!.attrs.x);
      expect(band.x).toBeLessThan(dayX(from));
      expect(band.x + band.width).toBeGreaterThan(dayX(to));
      const later = marks.filter((m) => m.key.startsWith('flights-') && m.kind === 'rect' && m.key.slice(8, 18) > to);
      for (const m of later) expect(m.attrs.opacity, `${s} ${m.key}`).toBe(0.3);
    }
  });

  it('names only key events that exist', () => {
    const ids = new Set(data.keyEvents.map((e) => e.id));
    for (const id of TROOP_EVENTS) expect(ids.has(id), id).toBe(true);
  });
});

describe('the hatching', () => {
  it('stays inside its rectangle', () => {
    const d = hatchPath(10, 20, 50, 8, 3.5);
    const n = d.match(/-?\d+(\.\d+)?/g)!.map(Number);
    for (let i = 0; i < n.length; i += 2) {
      expect(n[i]!).toBeGreaterThanOrEqual(10);
      expect(n[i]!).toBeLessThanOrEqual(60);
      expect(n[i + 1]!).toBeGreaterThanOrEqual(20);
      expect(n[i + 1]!).toBeLessThanOrEqual(28);
    }
    expect(d.split('M').length).toBeGreaterThan(10);
  });
});
