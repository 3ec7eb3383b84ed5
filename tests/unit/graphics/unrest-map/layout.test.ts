import { geoContains } from 'd3-geo';
import { describe, expect, it } from 'vitest';
import { layout } from '../../../../src/graphics/unrest-map/layout';
import { frameBasemap } from '../../../../src/graphics/unrest-map/mapFrame';
import { stateSpecs, states } from '../../../../src/graphics/unrest-map/states';
import { datasets } from '../../../../src/lib/data/readDatasets';
import { frameIds, frames } from '../../../../src/lib/frames';
import { kazakhstan } from '../../../../src/lib/geo/basemap';
import { boxesOverlap } from '../../../../src/lib/geo/labelPlacement';
import type { Mark } from '../../../../src/lib/scene';
import { centre, markBox, textBox } from '../../../support/sceneBoxes';

const data = datasets();
const cases = states.flatMap((state) => frameIds.map((frame) => ({ state, frame })));
const placeMarks = (marks: Mark[]) => marks.filter((m) => /^(place|deaths)-[a-z_]+$/.test(m.key));
const pointMarks = (marks: Mark[]) => marks.filter((m) => /^(place-|deaths-[a-z_]+$|capital-ring|legend-.*-symbol)/.test(m.key));

describe.each(cases)('unrest map, $state, $frame', ({ state, frame: frameId }) => {
  const frame = frames[frameId];
  const scene = layout(data, frame, state);
  const spec = stateSpecs[state];

  it('draws every place inside Kazakhstan, and inside its outline as the map draws it', () => {
    const { projection, home } = frameBasemap(frame);
    for (const m of placeMarks(scene.marks)) {
      const lonLat = projection.invert!(centre(markBox(m)!)) as [number, number];
      expect(geoContains(kazakhstan, lonLat), m.key).toBe(true);
      expect(geoContains(home, lonLat), m.key).toBe(true);
    }
  });

  it('draws exactly the places with events on or before the day, or the cities with deaths figures', () => {
    const drawn = placeMarks(scene.marks)
      .filter((m) => m.key.startsWith(spec.kind === 'day' ? 'place-' : 'deaths-'))
      .map((m) => m.key.replace(/^(place|deaths)-/, ''));
    const expected =
      spec.kind === 'day'
        ? data.unrestEvents.filter((e) => e.date <= spec.date).map((e) => e.place)
        : data.casualtyReports.find((r) => r.id === spec.report)!.byCity!.map((c) => c.place);
    expect(new Set(drawn)).toEqual(new Set(expected));
    expect(drawn).toHaveLength(new Set(expected).size);
  });

  it('keeps labels clear of each other and of every point, inside the frame', () => {
    const texts = scene.marks.filter((m) => m.kind === 'text');
    const boxes = texts.map((t) => ({ key: t.key, box: textBox(t) }));
    for (const [i, a] of boxes.entries()) {
      expect(a.box.x0 >= 0 && a.box.y0 >= 0 && a.box.x1 <= frame.width && a.box.y1 <= frame.height, `${a.key} inside the frame`).toBe(true);
      for (const b of boxes.slice(i + 1)) expect(boxesOverlap(a.box, b.box), `${a.key} overlaps ${b.key}`).toBe(false);
      for (const p of pointMarks(scene.marks)) expect(boxesOverlap(a.box, markBox(p)!), `${a.key} overlaps ${p.key}`).toBe(false);
    }
  });

  it('keeps the points clear of each other', () => {
    const points = placeMarks(scene.marks).map((m) => ({ key: m.key, box: markBox(m)! }));
    for (const [i, a] of points.entries())
      for (const b of points.slice(i + 1)) expect(boxesOverlap(a.box, b.box), `${a.key} and ${b.key}`).toBe(false);
  });

  it('keeps the places and their labels out of the band passage cards may cover', () => {
    const limit = frame.height - frame.safeBottom;
    for (const m of placeMarks(scene.marks)) expect(markBox(m)!.y1, m.key).toBeLessThanOrEqual(limit);
    for (const t of scene.marks.filter((m) => m.className?.includes('unrest-label') || m.className?.includes('unrest-deaths-value'))) {
      expect(textBox(t).y1, t.key).toBeLessThanOrEqual(limit);
    }
  });

  it('marks the capital as "Nur-Sultan (now Astana)"', () => {
    const label = scene.marks
      .filter((m) => /^label-nur_sultan(-\d)?$/.test(m.key))
      .map((m) => m.text)
      .join(' ');
    expect(label).toBe('Nur-Sultan (now Astana)');
    expect(scene.marks.some((m) => m.key === 'capital-ring')).toBe(true);
  });

  it('says in a point’s description when every report of a kind there that day is disputed', () => {
    if (spec.kind !== 'day') return;
    for (const m of placeMarks(scene.marks)) {
      const id = m.key.replace(/^place-/, '');
      const today = data.unrestEvents.filter((e) => e.place === id && e.date === spec.date);
      const kinds = new Set(today.map((e) => e.kind));
      const disputed = [...kinds].filter((k) => today.every((e) => e.kind !== k || e.confidence === 'disputed'));
      expect((m.label ?? '').split('(disputed)').length - 1, m.key).toBe(disputed.length);
    }
  });

  // The decree extending the state of emergency to the whole country was published on 6 January; it ended on 19 January.
  it('stamps the date it shows and a nationwide state of emergency, or who stated the deaths and when', () => {
    const stamp = scene.marks
      .filter((m) => m.key.startsWith('stamp'))
      .map((m) => m.text)
      .join(' ');
    const nationwide = spec.kind === 'day' && spec.date >= '2022-01-06' ? ' State of emergency nationwide' : '';
    expect(stamp).toBe(
      spec.kind === 'day'
        ? `${Number(spec.date.slice(8))} January 2022${nationwide}`
        : `Deaths by city As stated by the Prosecutor General, ${frameId === 'phone' ? '5 Jan 2023' : '5 January 2023'}`,
    );
  });

  it('keys every mark once, with finite numbers, and shares the base map symbol', () => {
    const keys = scene.marks.map((m) => m.key);
    expect(new Set(keys).size).toBe(keys.length);
    for (const m of scene.marks) for (const v of Object.values(m.attrs)) if (typeof v === 'number') expect(Number.isFinite(v), m.key).toBe(true);
    expect(scene.symbols?.map((s) => s.id)).toEqual([`unrest-map-${frameId}`]);
    expect(scene.marks[0]).toMatchObject({ kind: 'use', attrs: { href: `#unrest-map-${frameId}` } });
  });

  it('is a pure function of its inputs', () => {
    expect(layout(data, frame, state)).toEqual(scene);
  });
});

describe('unrest map legend and neighbours', () => {
  it('gives every kind drawn in a day its own shape and class, in the legend', () => {
    for (const frameId of frameIds) {
      for (const state of states.filter((s) => stateSpecs[s].kind === 'day')) {
        const scene = layout(data, frames[frameId], state);
        const drawnClasses = new Set(scene.marks.filter((m) => m.key.startsWith('place-')).map((m) => m.className));
        const legendClasses = new Set(scene.marks.filter((m) => m.key.startsWith('legend-') && m.key.endsWith('-symbol')).map((m) => m.className));
        for (const c of drawnClasses) expect(legendClasses.has(c), `${c} in the legend`).toBe(true);
      }
    }
  });

  it('names the neighbours and the Caspian Sea in every day state', () => {
    for (const frameId of frameIds) {
      const scene = layout(data, frames[frameId], 'jan-05');
      const names = scene.marks
        .filter((m) => m.className?.includes('map-label'))
        .map((m) => m.text)
        .join(' ');
      for (const n of ['Russia', 'China', 'Kyrgyzstan', 'Uzbekistan', 'Turkmenistan', 'Caspian']) expect(names, frameId).toContain(n);
    }
  });

  it('sizes the deaths circles by area, in proportion to the stated figures', () => {
    const scene = layout(data, frames.desktop, 'deaths-by-city');
    const r = (id: string) => Number(scene.marks.find((m) => m.key === `deaths-${id}`)!.attrs.r);
    expect((r('kyzylorda') / r('almaty')) ** 2).toBeCloseTo(26 / 151, 2);
    expect(scene.marks.find((m) => m.key === 'deaths-almaty-value')?.text).toBe('151');
  });
});
