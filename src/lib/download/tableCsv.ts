import { csvFormat } from 'd3-dsv';
import type { DataTable } from '../../graphics/definition';
import type { Source } from '../data/schemas';
import { formatDate } from '../format';

/** The column a CSV adds to every row: who stated its figures, readable without the page. */
export const SOURCES_COLUMN = 'Sources';

/** "Reuters, “Title”, 11 January 2022, https://…" */
export function sourceCitation(source: Source): string {
  const date = source.published ? formatDate(source.published) : 'date not given';
  return [source.outlet, `“${source.title}”`, date, source.url].filter(Boolean).join(', ');
}

/** The header of each table column: its label, with the key added where two labels are the same. */
export function csvHeaders(table: DataTable): string[] {
  const labels = table.columns.map((c) => c.label);
  return table.columns.map((c) => (labels.filter((l) => l === c.label).length > 1 || c.label === SOURCES_COLUMN ? `${c.label} (${c.key})` : c.label));
}

/** The table's rows as CSV records: one field per column, under its header, and the sources as citations joined by " | ". */
export function tableCsvRows(table: DataTable, sources: Source[], extra: Record<string, string> = {}): Record<string, string>[] {
  const byId = new Map(sources.map((s) => [s.id, s]));
  const headers = csvHeaders(table);
  return table.rows.map((row) => ({
    ...extra,
    ...Object.fromEntries(table.columns.map((c, i) => [headers[i]!, row.cells[c.key] ?? ''])),
    [SOURCES_COLUMN]: row.sources.map((id) => {
      const s = byId.get(id);
      if (!s) throw new Error(`table "${table.caption}": unknown source "${id}"`);
      return sourceCitation(s);
    }).join(' | '),
  }));
}

/** The data behind one figure as CSV, the header row first, through d3-dsv so quoting is standard. */
export function tableCsv(table: DataTable, sources: Source[]): string {
  return `${csvFormat(tableCsvRows(table, sources), [...csvHeaders(table), SOURCES_COLUMN])}\n`;
}
