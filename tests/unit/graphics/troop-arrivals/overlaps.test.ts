import { describe, expect, it } from 'vitest';
import { boxesOverlap, textBox, type Box } from '../../../../src/graphics/troop-arrivals/textMetrics';
import { cases, geometryBox, visible } from './scenes';

// Shapes a label may sit on: backgrounds, bands, bars' own rows and routes (labels carry a paper halo over lines).
const BACKDROP = /^(basemap|note-backdrop|panel|timeline-band|inset-frame|route-|chart-ref|chart-axis|timeline-axis|inset-leader)/;

describe.each(cases)('troop-arrivals $state at $frame', ({ scene }) => {
  const texts = scene.marks.filter((m) => m.kind === 'text' && visible(m));

  it('has no two labels overlapping', () => {
    const boxes = texts.map((m) => ({ m, b: textBox(m) }));
    const clashes: string[] = [];
    for (let i = 0; i < boxes.length; i++)
      for (let j = i + 1; j < boxes.length; j++)
        if (boxesOverlap(boxes[i]!.b, boxes[j]!.b)) clashes.push(`"${boxes[i]!.m.text}" / "${boxes[j]!.m.text}"`);
    expect(clashes).toEqual([]);
  });

  it('puts no label on a dot or a bar', () => {
    const shapes = scene.marks.filter((m) => (m.kind === 'circle' || m.kind === 'rect') && visible(m) && !BACKDROP.test(m.key));
    const clashes: string[] = [];
    for (const t of texts) {
      const tb = textBox(t);
      for (const s of shapes) if (boxesOverlap(tb, geometryBox(s) as Box, 1)) clashes.push(`"${t.text}" on ${s.key}`);
    }
    expect(clashes).toEqual([]);
  });

  // A halo is drawn with its label, so it hides only what was drawn before: a line drawn later strikes through the
  // text. (On the map the base map's names lie under the routes, as data goes over a base map.)
  it('draws the chart\'s axes and reference lines before the labels they cross, so the halo breaks the line', () => {
    const lines = scene.marks.map((m, i) => ({ m, i })).filter(({ m }) => /^chart-(ref|axis)/.test(m.key) && m.kind === 'line' && visible(m));
    const struck: string[] = [];
    scene.marks.forEach((t, ti) => {
      if (t.kind !== 'text' || !visible(t)) return;
      for (const { m, i } of lines) if (i > ti && boxesOverlap(textBox(t), geometryBox(m) as Box)) struck.push(`"${t.text}" struck by ${m.key}`);
    });
    expect(struck).toEqual([]);
  });

  it('starts no label on a chart axis', () => {
    // The axis line with a label's halo each side of it: text there would have the axis through its first letter.
    const axes = scene.marks.filter((m) => m.key.startsWith('chart-axis')).map((m) => {
      const b = geometryBox(m) as Box;
      return { ...b, x: b.x - 2, width: b.width + 4 };
    });
    expect(texts.filter((t) => axes.some((a) => boxesOverlap(textBox(t), a))).map((t) => t.text)).toEqual([]);
  });

  // The notes' backdrops hide the base map's borders under the notes, never a route or a place drawn on the map.
  it('draws each block of map notes on a backdrop over the base map and under every route and place', () => {
    const at = (re: RegExp) => scene.marks.flatMap((m, i) => (re.test(m.key) ? [i] : []));
    const backdrops = at(/^note-backdrop/);
    const notes = scene.marks.filter((m) => /^(route-)?note-/.test(m.key) && m.kind === 'text');
    if (!notes.length) return expect(backdrops).toEqual([]);
    expect(backdrops.length).toBeGreaterThan(0);
    expect(Math.min(...backdrops)).toBeGreaterThan(at(/^basemap$/)[0]!);
    expect(Math.max(...backdrops)).toBeLessThan(Math.min(...at(/^(route-|place-|airfield-|capital-|city-)/)));
    const boxes = backdrops.map((i) => geometryBox(scene.marks[i]!) as Box);
    for (const n of notes) {
      const b = textBox(n);
      expect(boxes.some((d) => b.x >= d.x && b.y >= d.y && b.x + b.width <= d.x + d.width && b.y + b.height <= d.y + d.height), n.text).toBe(true);
    }
  });
});
