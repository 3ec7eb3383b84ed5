import { describe, expect, it } from 'vitest';
import { unrestMap } from '../../../../src/graphics/unrest-map/definition';
import { datasets } from '../../../../src/lib/data/readDatasets';
import { frameIds, frames } from '../../../../src/lib/frames';

// A copy of the data in which one place has lost its coordinates: the map must list it, not guess where it is.
const real = datasets();
const data = { ...real, places: real.places.map((p) => (p.id === 'pavlodar' ? { ...p, lat: undefined, lon: undefined } : p)) };

describe('a place with events but no coordinates', () => {
  it('is not drawn, and the description and table say so', () => {
    for (const f of frameIds) {
      const scene = unrestMap.scene(data, 'jan-05', frames[f]);
      expect(scene.marks.some((m) => m.key === 'place-pavlodar' || m.key === 'label-pavlodar')).toBe(false);
      expect(scene.description).toContain('Not on the map, for want of coordinates: Pavlodar.');
    }
    const row = unrestMap.table(data, 'jan-05').rows.find((r) => r.cells.place === 'Pavlodar');
    expect(row?.cells.note).toBe('Not on the map: no coordinates in our data');
  });
});
