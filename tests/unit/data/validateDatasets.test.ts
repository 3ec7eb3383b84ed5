import { describe, expect, it } from 'vitest';
import { readDatasets } from '../../../src/lib/data/readDatasets';
import { DataError, validateDatasets } from '../../../src/lib/data/validateDatasets';
import type { DatasetName } from '../../../src/lib/data/datasets';

// Small invalid fixtures: the real data with one entry broken at a time, so each message is proven on its own.
const real = readDatasets();
const clone = () => structuredClone(real) as unknown as Record<DatasetName, Record<string, unknown>[]>;

function problemsOf(mutate: (d: Record<DatasetName, Record<string, unknown>[]>) => void): string {
  const d = clone();
  mutate(d);
  try {
    validateDatasets(d);
  } catch (e) {
    expect(e).toBeInstanceOf(DataError);
    return (e as Error).message;
  }
  throw new Error('expected the fixture to be rejected');
}

const event0 = (d: Record<DatasetName, Record<string, unknown>[]>) => d.unrestEvents[0]!;

describe('bad data fails with file, entry, field and reason', () => {
  it('an unknown place id, listing the valid places', () => {
    const msg = problemsOf((d) => (event0(d).place = 'zhanaozenn'));
    expect(msg).toContain('content/data/unrest-events.json › entry "2022-01-02-zhanaozen-protest" › place: unknown place id "zhanaozenn"; valid places: zhanaozen, aktau');
  });

  it('an unknown place a contingent flew home from', () => {
    const msg = problemsOf((d) => (d.troopContingents.find((c) => c.id === 'belarus')!.departedFrom = 'zhetygen'));
    expect(msg).toContain('content/data/troop-contingents.json › entry "belarus" › departedFrom: unknown place id "zhetygen"; valid places: zhanaozen, aktau');
  });

  it('a latitude out of range', () => {
    const msg = problemsOf((d) => (d.places[0]!.lat = 95));
    expect(msg).toContain('content/data/places.json › entry "zhanaozen" › lat: latitude must be between -90 and 90');
  });

  it('a longitude out of range', () => {
    const msg = problemsOf((d) => (d.places[1]!.lon = -200));
    expect(msg).toContain('content/data/places.json › entry "aktau" › lon: longitude must be between -180 and 180');
  });

  it('a malformed date', () => {
    const msg = problemsOf((d) => (event0(d).date = '2022-1-5'));
    expect(msg).toContain('› date: must be a date written YYYY-MM-DD');
  });

  it('an impossible calendar date', () => {
    const msg = problemsOf((d) => (event0(d).date = '2022-02-30'));
    expect(msg).toContain('› date: is not a real calendar date');
  });

  it('a date outside 2021-12-01..2023-12-31', () => {
    const msg = problemsOf((d) => (event0(d).date = '2024-01-05'));
    expect(msg).toContain('› date: must be between 2021-12-01 and 2023-12-31');
  });

  it('a negative count', () => {
    const msg = problemsOf((d) => ((d.casualtyReports.find((r) => r.id === '2022-01-15-prosecutor-general-225')!.killedTotal as { value: number }).value = -225));
    expect(msg).toContain('content/data/casualty-reports.json › entry "2022-01-15-prosecutor-general-225" › killedTotal.value: must not be negative');
  });

  it('a non-integer count', () => {
    const msg = problemsOf((d) => ((d.troopTotals.find((r) => r.id === 'official-2030')!.figure as { value: number }).value = 2030.5));
    expect(msg).toContain('content/data/troop-totals.json › entry "official-2030" › figure.value: must be a whole number');
  });

  it('an entry with no source', () => {
    const msg = problemsOf((d) => (event0(d).sources = []));
    expect(msg).toContain('› entry "2022-01-02-zhanaozen-protest" › sources: needs at least one source');
  });

  it('a source id that does not exist', () => {
    const msg = problemsOf((d) => (event0(d).sources = ['no-such-source']));
    expect(msg).toContain('› sources: unknown source id "no-such-source"');
  });

  it('a source id that does not exist behind a group the dead were classed in', () => {
    const msg = problemsOf((d) => {
      const r = d.casualtyReports.find((x) => x.id === '2023-01-05-prosecutor-general-238')!;
      (r.killedCategories as { sources: string[] }[])[1]!.sources = ['aqparat-info'];
    });
    expect(msg).toContain('content/data/casualty-reports.json › entry "2023-01-05-prosecutor-general-238" › killedCategories.1.sources: unknown source id "aqparat-info"');
  });

  it('a duplicate id', () => {
    const msg = problemsOf((d) => d.places.push({ ...d.places[0]! }));
    expect(msg).toContain('content/data/places.json › entry "zhanaozen" › id: duplicate id "zhanaozen"; ids must be unique in places.json');
  });

  it('an unknown confidence label, listing the valid labels', () => {
    const msg = problemsOf((d) => (event0(d).confidence = 'likely'));
    expect(msg).toContain('› confidence: must be one of: confirmed, single-source, disputed');
  });

  it('an unknown event kind, listing the valid kinds', () => {
    const msg = problemsOf((d) => (event0(d).kind = 'riot'));
    expect(msg).toContain('› kind: must be one of: protest, clashes, building-stormed, gunfire, looting, curfew, calm, other');
  });

  it('a file that is not an array', () => {
    const msg = problemsOf((d) => ((d as Record<string, unknown>).places = { zhanaozen: {} }));
    expect(msg).toContain('content/data/places.json › entry "(file)" › (file): must be a JSON array of entries');
  });

  it('lists every problem, not only the first', () => {
    const msg = problemsOf((d) => {
      d.places[0]!.lat = 95;
      event0(d).confidence = 'likely';
    });
    expect(msg).toMatch(/^Invalid data \(2 problems\)/);
  });
});
