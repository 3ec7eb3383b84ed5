import { describe, expect, it } from 'vitest';
import { datasets } from '../../../../src/lib/data/readDatasets';
import { dayEnds, linePoints, tollPoints } from '../../../../src/graphics/casualty-tally/tollSeries';
import { independentTolls, retractedTolls, undatedTolls } from '../../../../src/graphics/casualty-tally/tollAsides';

const data = datasets();

describe('the toll step line', () => {
  it('is made of exactly the official, national, not withdrawn, dated releases that give a number, in date order', () => {
    const expected = data.casualtyReports
      .filter((r) => r.issuer === 'official' && r.scope === 'national' && r.status !== 'retracted' && r.released !== null)
      .filter((r) => [r.killedTotal, r.killedSecurity, r.killedOther].some((f) => typeof f?.value === 'number'))
      .map((r, i) => ({ id: r.id, date: r.released!, i }))
      .sort((a, b) => a.date.localeCompare(b.date) || a.i - b.i)
      .map((r) => r.id);
    const ids = tollPoints(data).map((p) => p.report.id);
    expect(ids).toEqual(expected);
    expect(ids).toContain('2022-01-07-interior-ministry');
    expect(ids.at(-1)).toBe('2023-01-05-prosecutor-general-238');
    const dates = tollPoints(data).map((p) => p.report.released);
    expect([...dates].sort()).toEqual(dates);
  });

  it('never holds the withdrawn 164, which is kept apart as withdrawn', () => {
    expect(tollPoints(data).some((p) => p.report.status === 'retracted' || p.top === 164)).toBe(false);
    const withdrawn = retractedTolls(data);
    expect(withdrawn.map((a) => [a.report.id, a.value, a.kind])).toEqual([['2022-01-09-164-retracted', 164, 'retracted']]);
  });

  it('keeps the security forces and the others apart where a release split them, and holds each part until restated', () => {
    const byId = new Map(tollPoints(data).map((p) => [p.report.id, p]));
    const jan7 = byId.get('2022-01-07-interior-ministry')!;
    expect([jan7.security, jan7.others, jan7.total]).toEqual([18, 26, undefined]);
    const jan9 = byId.get('2022-01-09-interior-minister')!;
    expect([jan9.securityLevel, jan9.top]).toEqual([16, 16 + 26]);
    const jan15 = byId.get('2022-01-15-prosecutor-general-225')!;
    expect([jan15.securityLevel, jan15.top]).toEqual([19, 225]);
  });

  it('draws the Ombudswoman’s 238 as disputing the Prosecutor General’s 230 of the same day, not on the line', () => {
    const points = tollPoints(data);
    const omb = points.find((p) => p.report.id === '2022-03-14-ombudswoman-238')!;
    expect(omb.disputes?.report.id).toBe('2022-03-14-prosecutor-general-230');
    expect(linePoints(points)).not.toContain(omb);
    expect(linePoints(points).map((p) => p.top).slice(-4)).toEqual([230, 232, 238, 238]);
  });

  it('holds one step per release day', () => {
    const days = dayEnds(tollPoints(data)).map((p) => p.report.released);
    expect(new Set(days).size).toBe(days.length);
    expect(dayEnds(tollPoints(data))[0]!.top).toBe(18);
  });

  it('lists the independent counts and the NGO-cited figure, and the undated figures apart', () => {
    expect(independentTolls(data).map((a) => [a.kind, a.value])).toEqual([['cited', 241], ['independent', 188], ['independent', 221]]);
    expect(undatedTolls(data).map((r) => r.id).sort()).toEqual(['health-ministry-after-soe', 'hrw-video-analysis', 'officials-227-undated']);
  });
});
