import { describe, expect, it } from 'vitest';
import { readDatasets } from '../../../src/lib/data/readDatasets';

describe('the real datasets', () => {
  const data = readDatasets();

  it('parse and cross-check without a problem', () => {
    expect(data.places.length).toBe(27);
    expect(data.unrestEvents.length).toBe(62);
    expect(data.keyEvents.length).toBe(44);
    expect(data.troopContingents.length).toBe(5);
    expect(data.troopTotals.length).toBe(6);
    expect(data.airlift.length).toBe(9);
    expect(data.casualtyReports.length).toBe(30);
  });

  it('give every entry at least one source that exists', () => {
    const ids = new Set(data.sources.map((s) => s.id));
    for (const rows of [data.places, data.unrestEvents, data.keyEvents, data.troopContingents, data.casualtyReports]) {
      for (const row of rows) {
        expect(row.sources.length).toBeGreaterThan(0);
        for (const s of row.sources) expect(ids.has(s)).toBe(true);
      }
    }
  });

  it('keep every excerpt verbatim with its outlet', () => {
    for (const s of data.sources) {
      expect(s.excerpt.length).toBeGreaterThan(0);
      expect(s.outlet.length).toBeGreaterThan(0);
    }
  });

  it('never give Russia a stated troop number', () => {
    const russia = data.troopContingents.find((c) => c.id === 'russia');
    expect(russia?.troops.status).toBe('unknown');
    expect(russia?.troops.value).toBeNull();
    expect(russia?.estimates.every((e) => e.status === 'estimate')).toBe(true);
  });

  it('mark the 164 as retracted', () => {
    const r = data.casualtyReports.find((c) => c.killedTotal?.value === 164);
    expect(r?.status).toBe('retracted');
    expect(r?.retraction?.sources.length).toBeGreaterThan(0);
  });
});
