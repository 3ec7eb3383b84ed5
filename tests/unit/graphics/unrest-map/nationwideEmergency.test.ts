import { describe, expect, it } from 'vitest';
import { unrestMap } from '../../../../src/graphics/unrest-map/definition';
import { describe as describeState } from '../../../../src/graphics/unrest-map/describe';
import { nationwideEmergency } from '../../../../src/graphics/unrest-map/unrestData';
import { datasets } from '../../../../src/lib/data/readDatasets';

const data = datasets();
const decree = data.keyEvents.find((e) => e.id === '2022-01-06-3')!;

// The decree that extended the state of emergency to the whole country was published on 6 January and the state of
// emergency ended on 19 January: no point on the map shows it, so the day states say it in words and in the table.
describe('the nationwide state of emergency on the unrest map', () => {
  it('is in force on the 6 and 7 January maps, not before', () => {
    expect(nationwideEmergency(data, '2022-01-05')).toBeUndefined();
    expect(nationwideEmergency(data, '2022-01-06')).toBe(decree);
    expect(nationwideEmergency(data, '2022-01-07')).toBe(decree);
    expect(nationwideEmergency(data, '2022-01-19')).toBeUndefined();
  });

  it('is told in the text alternative of those days, with the decree’s date', () => {
    const sentence = 'A decree published on 6 January put the whole country under the state of emergency, which the map does not mark place by place.';
    expect(describeState(data, 'jan-05')).not.toContain('whole country');
    expect(describeState(data, 'jan-06')).toContain(sentence);
    expect(describeState(data, 'jan-07')).toContain(sentence);
  });

  it('is a row of the table on those days, after that day’s events, with the decree’s sources', () => {
    expect(unrestMap.table(data, 'jan-05').rows.some((r) => r.cells.place === 'Whole country')).toBe(false);
    for (const state of ['jan-06', 'jan-07'] as const) {
      const rows = unrestMap.table(data, state).rows;
      const at = rows.findIndex((r) => r.cells.place === 'Whole country');
      expect(rows[at]).toMatchObject({ cells: { date: '6 January', kind: 'Emergency and curfew', what: decree.details, confidence: 'Confirmed' }, sources: decree.sources });
      expect(rows.slice(0, at).every((r) => r.cells.date !== '7 January')).toBe(true);
      expect(rows.slice(at + 1).every((r) => r.cells.date === '7 January')).toBe(true);
    }
  });

  it('fails with the file, the event and who names it when the decree is missing from the data', () => {
    const without = { ...data, keyEvents: data.keyEvents.filter((e) => e !== decree) };
    expect(() => nationwideEmergency(without, '2022-01-06')).toThrow('key-events.json has no event "2022-01-06-3" (named by the unrest map)');
  });
});
