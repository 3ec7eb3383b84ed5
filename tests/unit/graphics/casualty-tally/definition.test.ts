import { describe, expect, it } from 'vitest';
import { datasets } from '../../../../src/lib/data/readDatasets';
import { definitionOf } from '../../../../src/graphics/definitions';
import { graphics } from '../../../../src/graphics/index';
import { casualtyTally } from '../../../../src/graphics/casualty-tally/definition';

const data = datasets();
const sourceIds = new Set(data.sources.map((s) => s.id));

describe('the casualty-tally definition', () => {
  it('is registered with the states the registry names', () => {
    expect(definitionOf('casualty-tally')).toBe(casualtyTally);
    expect(casualtyTally.states).toEqual(graphics['casualty-tally'].states);
    expect(casualtyTally.states.map((s) => casualtyTally.stateLabel(s))).toEqual(['6 Jan', '7 Jan', '9 Jan', '15 Jan', 'Final toll', 'Injured', 'Detained', 'By city', 'Categories']);
  });

  it.each(casualtyTally.states)('%s: table rows and credit cite sources that exist', (state) => {
    const table = casualtyTally.table(data, state);
    expect(table.rows.length).toBeGreaterThan(0);
    for (const row of table.rows) {
      expect(row.sources.length).toBeGreaterThan(0);
      for (const s of row.sources) expect(sourceIds.has(s), s).toBe(true);
      expect(row.cells.issuer).toBeTruthy();
    }
    const credit = casualtyTally.credit(data, state);
    expect(credit.text).toMatch(/^statements by .+, as reported by .+/);
    for (const s of credit.sources) expect(sourceIds.has(s), s).toBe(true);
  });

  it('lists every release in the final table, undated ones last and said to be undated', () => {
    const table = casualtyTally.table(data, 'final');
    expect(table.rows.length).toBe(data.casualtyReports.length);
    const undated = table.rows.filter((r) => r.cells.date === 'No date known');
    expect(undated.length).toBe(data.casualtyReports.filter((r) => r.released === null).length);
    expect(table.rows.slice(-undated.length)).toEqual(undated);
    const withdrawn = table.rows.find((r) => r.cells.killedTotal?.startsWith('164'))!;
    expect(withdrawn.cells.notes).toMatch(/^Withdrawn\. .*technical error/);
  });

  it('keeps each state’s table to what it draws, up to its date', () => {
    const jan7 = casualtyTally.table(data, 'jan-07');
    expect(jan7.rows.every((r) => /^[5-7] January 2022$/.test(r.cells.date!))).toBe(true);
    expect(casualtyTally.table(data, 'detained').columns.map((c) => c.key)).toEqual(['date', 'issuer', 'scope', 'detained', 'notes']);
    const cities = casualtyTally.table(data, 'by-city').rows.map((r) => `${r.cells.date}: ${r.cells.byCity}`);
    expect(cities).toEqual(['9 January 2022: Almaty 103', '14 March 2022: Almaty 139', '5 January 2023: Almaty 151, Kyzylorda 26, Shymkent 20, Taraz 17']);
  });

  it('gives the categories one row each in the office’s words, numbers alone in their column, and the total as stated', () => {
    const table = casualtyTally.table(data, 'categories');
    expect(table.columns.find((c) => c.key === 'killed')?.numeric).toBe(true);
    expect(table.rows.map((r) => [r.cells.issuer, r.cells.group, r.cells.killed, r.sources.join(' ')])).toEqual([
      ['Prosecutor General', "'attackers'", '67', 'aqparat-info-undated-1'],
      ['Prosecutor General', "'violators of the state of emergency and counter-terrorist operation regime'", '142', 'aqparat-info-undated-1'],
      ['Prosecutor General', "died 'during other crimes'", '4', 'aqparat-info-undated-1'],
      ['Prosecutor General and Interior Minister', 'Security forces, stated that day: 19 law-enforcement employees', '19', 'kazinform-2023-01-05-1'],
      ['Prosecutor General and Interior Minister', 'All deaths, as stated (not a sum of the rows above)', '238', '08info-kz-undated-1'],
    ]);
  });
});
