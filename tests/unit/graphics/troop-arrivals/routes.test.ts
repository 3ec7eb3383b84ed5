import { describe, expect, it } from 'vitest';
import { frames } from '../../../../src/lib/frames';
import { troopBasemap, ROUTE_PLACES } from '../../../../src/graphics/troop-arrivals/projection';
import { routes } from '../../../../src/graphics/troop-arrivals/routes';
import { cases, data, geometryBox } from './scenes';

const scene = (state: string, frame: 'phone' | 'desktop' = 'desktop') => cases.find((c) => c.state === state && c.frame === frame)!.scene;
const arrivals = (state: string) => scene(state).marks.filter((m) => m.className === 'troop-route');
const drawn = (m: { attrs: Record<string, number | string> }) => m.attrs['stroke-dashoffset'] === 0 && Number(m.attrs.opacity) > 0;

describe('the routes', () => {
  it('join only places with coordinates: capitals and Kazakh airfields, never the unmapped departure airfields', () => {
    const { arrivals: a, returns: r } = routes(data);
    for (const route of [...a, ...r]) {
      expect(ROUTE_PLACES).toContain(route.from);
      expect(ROUTE_PLACES).toContain(route.to);
    }
    const ids = [...a, ...r].flatMap((x) => [x.from, x.to]);
    for (const unmapped of data.places.filter((p) => p.lat === undefined)) expect(ids).not.toContain(unmapped.id);
  });

  it('bring Russian flights to the two airfields the airlift rows name, and the others to Almaty', () => {
    const { arrivals: a } = routes(data);
    expect(a.filter((x) => x.country === 'Russia').map((x) => x.to).sort()).toEqual(['almaty_airport', 'zhetygen_airfield']);
    expect(a.filter((x) => x.country !== 'Russia').every((x) => x.to === 'almaty')).toBe(true);
  });

  it('end where the places are projected', () => {
    const { places } = troopBasemap(data, frames.desktop);
    for (const m of arrivals('airlift')) {
      const to = m.key.split('-').slice(3).join('-') as keyof typeof places;
      const end = String(m.attrs.d).split(' ').at(-1)!.split(',').map(Number);
      expect(Math.hypot(end[0]! - places[to].x, end[1]! - places[to].y), m.key).toBeLessThan(0.01);
    }
  });

  it('carry a dash as long as the path, so the browser can draw them and the static file shows them whole', () => {
    for (const m of arrivals('airlift')) {
      const b = geometryBox(m)!;
      expect(Number(m.attrs['stroke-dasharray'])).toBeGreaterThanOrEqual(Math.hypot(b.width, b.height) - 1);
      expect(drawn(m)).toBe(true);
    }
  });

  it('are undrawn before the decision, one is drawn for the first landing, all for the airlift', () => {
    expect(arrivals('appeal').filter(drawn)).toEqual([]);
    for (const m of arrivals('appeal')) expect(m.attrs['stroke-dashoffset']).toBe(m.attrs['stroke-dasharray']);
    expect(arrivals('landings').filter(drawn).map((m) => m.key)).toEqual(['route-in-russia-almaty_airport']);
    expect(arrivals('airlift').filter(drawn).length).toBe(arrivals('airlift').length);
  });

  it('leave from where a contingent’s record says it flew home from, else from Almaty (Russia from its departure rows)', () => {
    const { returns } = routes(data);
    for (const c of data.troopContingents.filter((x) => x.id !== 'russia')) {
      expect(returns.filter((r) => r.country === c.country).map((r) => r.from), c.id).toEqual([c.departedFrom ?? 'almaty']);
    }
    expect(returns.find((r) => r.country === 'Belarus')!.from).toBe('zhetygen_airfield');
    // A route home ends at the capital, standing for the country: its label names only where it left from.
    for (const m of scene('withdrawal').marks.filter((x) => x.className?.startsWith('troop-route-return'))) expect(m.label).toMatch(/ home by (air|road), from [^,]+$/);
  });

  it('refuse a place to fly home from that the map does not draw, naming the entry and the valid places', () => {
    const moved = { ...data, troopContingents: data.troopContingents.map((c) => (c.id === 'belarus' ? { ...c, departedFrom: 'machulishchy' } : c)) };
    expect(() => routes(moved)).toThrow('content/data/troop-contingents.json › entry "belarus" › departedFrom: "machulishchy" is not on the troop map; valid places: moscow, minsk');
  });

  it('go home in the withdrawal, the Kyrgyz by road, the rest by air', () => {
    const home = scene('withdrawal').marks.filter((m) => m.className?.startsWith('troop-route-return'));
    expect(home.length).toBe(routes(data).returns.length);
    const road = home.filter((m) => m.className!.includes('troop-route-road'));
    expect(road.map((m) => m.key)).toEqual(['route-out-kyrgyzstan-almaty']);
    expect(road[0]!.attrs['stroke-dasharray']).toBeUndefined();
    expect(home.filter((m) => m !== road[0]).every(drawn)).toBe(true);
    expect(data.keyEvents.find((e) => e.id === '2022-01-14-2')!.details).toMatch(/Kyrgyz unit drives home/);
    const before = scene('guarded').marks.filter((m) => m.className?.startsWith('troop-route-return'));
    expect(before.every((m) => Number(m.attrs.opacity) === 0)).toBe(true);
  });
});
