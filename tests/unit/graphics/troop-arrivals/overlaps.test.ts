import { describe, expect, it } from 'vitest';
import { boxesOverlap, textBox, type Box } from '../../../../src/graphics/troop-arrivals/textMetrics';
import { cases, geometryBox, visible } from './scenes';

// Shapes a label may sit on: backgrounds, bands, bars' own rows and routes (labels carry a paper halo over lines).
const BACKDROP = /^(basemap|panel|timeline-band|inset-frame|route-|chart-ref|chart-axis|timeline-axis|inset-leader)/;

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
});
