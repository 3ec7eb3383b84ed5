import { csvParse } from 'd3-dsv';
import { describe, expect, it } from 'vitest';
import { definitionOf } from '../../../src/graphics/definitions';
import type { DataTable } from '../../../src/graphics/definition';
import { graphicIds, graphics } from '../../../src/graphics/index';
import { datasets } from '../../../src/lib/data/readDatasets';
import type { Source } from '../../../src/lib/data/schemas';
import { csvHeaders, SOURCES_COLUMN, sourceCitation, tableCsv, tableCsvRows } from '../../../src/lib/download/tableCsv';

const sources: Source[] = [
  { id: 'a', outlet: 'Reuters', title: 'Troops, "peacekeepers", arrive', url: 'https://example.org/a', published: '2022-01-11', excerpt: 'x' },
  { id: 'b', outlet: 'Interior Ministry', title: 'Statement', url: null, published: null, excerpt: 'y' },
];

const awkward: DataTable = {
  caption: 'Awkward cells',
  columns: [{ key: 'place', label: 'Place' }, { key: 'n', label: 'Killed', numeric: true }, { key: 'note', label: 'Note' }],
  rows: [
    { cells: { place: 'Almaty', n: '2,030', note: 'said "about" 100,\nthen 103' }, sources: ['a', 'b'] },
    { cells: { place: 'Zhanaozen', n: '', note: '' }, sources: ['b'] },
  ],
};

/** The table's rows as the CSV must give them back: each column's cell, and the citations of its sources. */
const expected = (table: DataTable, all: Source[]) => {
  const headers = csvHeaders(table);
  return table.rows.map((r) => ({
    ...Object.fromEntries(table.columns.map((c, i) => [headers[i]!, r.cells[c.key] ?? ''])),
    [SOURCES_COLUMN]: r.sources.map((id) => sourceCitation(all.find((s) => s.id === id)!)).join(' | '),
  }));
};

describe('tableCsv', () => {
  it('round-trips quotes, commas and line breaks through d3-dsv', () => {
    const parsed = csvParse(tableCsv(awkward, sources));
    expect(parsed.columns).toEqual(['Place', 'Killed', 'Note', SOURCES_COLUMN]);
    expect([...parsed]).toEqual(expected(awkward, sources));
  });

  it('cites each source with outlet, title, date and URL', () => {
    expect(sourceCitation(sources[0]!)).toBe('Reuters, “Troops, "peacekeepers", arrive”, 11 January 2022, https://example.org/a');
    expect(sourceCitation(sources[1]!)).toBe('Interior Ministry, “Statement”, date not given');
  });

  it('keeps headers unique when two columns share a label or one is called Sources', () => {
    const t: DataTable = { caption: 'c', columns: [{ key: 'a', label: 'Date' }, { key: 'b', label: 'Date' }, { key: 's', label: 'Sources' }], rows: [] };
    expect(csvHeaders(t)).toEqual(['Date (a)', 'Date (b)', 'Sources (s)']);
  });

  it('fails on a source id that does not exist', () => {
    expect(() => tableCsvRows({ ...awkward, rows: [{ cells: {}, sources: ['nope'] }] }, sources)).toThrow(/unknown source "nope"/);
  });

  it('round-trips the rows of every graphic in every state', () => {
    const data = datasets();
    for (const id of graphicIds) {
      for (const state of graphics[id].states) {
        const table = definitionOf(id).table(data, state);
        const parsed = csvParse(tableCsv(table, data.sources));
        expect([...parsed], `${id}/${state}`).toEqual(expected(table, data.sources));
        expect(parsed.length, `${id}/${state}`).toBe(table.rows.length);
      }
    }
  });
});
