import { describe, expect, it } from 'vitest';
import { definitionOf } from '../../../../src/graphics/definitions';
import { graphics } from '../../../../src/graphics/index';
import { unrestMap } from '../../../../src/graphics/unrest-map/definition';
import { datasets } from '../../../../src/lib/data/readDatasets';

const data = datasets();
const sourceIds = new Set(data.sources.map((s) => s.id));

describe('unrest map definition', () => {
  it('is registered with the states the registry knows', () => {
    expect(definitionOf('unrest-map')).toBe(unrestMap);
    expect(unrestMap.states).toEqual(graphics['unrest-map'].states);
    expect(unrestMap.states.map((s) => unrestMap.stateLabel(s))).toEqual(['2 Jan', '4 Jan', '5 Jan', '6 Jan', '7 Jan', 'Deaths by city']);
  });

  it('tables every event up to the day, place by day, each with its kind and sources', () => {
    const table = unrestMap.table(data, 'jan-05');
    const events = data.unrestEvents.filter((e) => e.date <= '2022-01-05');
    expect(table.rows).toHaveLength(events.length);
    expect(table.caption).toBe('Unrest reported by place and day, 2 January to 5 January 2022');
    for (const row of table.rows) {
      expect(row.cells.kind).toBeTruthy();
      expect(row.sources.length).toBeGreaterThan(0);
      for (const s of row.sources) expect(sourceIds.has(s)).toBe(true);
    }
  });

  it('notes the low-precision Kostanay position and the airport drawn beside Almaty', () => {
    const rows = unrestMap.table(data, 'jan-05').rows;
    expect(rows.find((r) => r.cells.place === 'Kostanay')?.cells.note).toBe('Map position approximate: low-precision coordinate');
    expect(rows.find((r) => r.cells.place === 'Almaty International Airport')?.cells.note).toContain('Drawn beside Almaty');
  });

  it('tables the deaths by city with who stated them and when, and the national total', () => {
    const table = unrestMap.table(data, 'deaths-by-city');
    expect(table.rows.map((r) => [r.cells.place, r.cells.killed])).toEqual([
      ['Almaty', '151'],
      ['Kyzylorda', '26'],
      ['Shymkent', '20'],
      ['Taraz', '17'],
      ['All of Kazakhstan', '238'],
    ]);
    for (const r of table.rows) expect(r.cells.stated).toBe('The Prosecutor General, 5 January 2023');
  });

  it('credits the Prosecutor General and the outlet for the deaths, with sources that exist', () => {
    const credit = unrestMap.credit(data, 'deaths-by-city');
    expect(credit.text).toContain('The Prosecutor General, 5 January 2023, as reported by 08info.kz');
    expect(credit.sources.length).toBeGreaterThan(0);
    for (const s of credit.sources) expect(sourceIds.has(s)).toBe(true);
  });
});
