import { describe, expect, it } from 'vitest';
import { describe as describeState, titleOf } from '../../../../src/graphics/unrest-map/describe';
import { siteOf, stateSpecs, states } from '../../../../src/graphics/unrest-map/states';
import { datasets } from '../../../../src/lib/data/readDatasets';

const data = datasets();
// Counted here from the raw events, independently of the graphic's own code.
const citiesBy = (date: string) => new Set(data.unrestEvents.filter((e) => e.date <= date).map((e) => siteOf[e.place] ?? e.place));

describe('unrest map titles', () => {
  it('state the finding of each state, computed from the data', () => {
    expect(titleOf(data, 'jan-02')).toBe('Protests began in Zhanaozen and Aktau on 2 January');
    expect(titleOf(data, 'jan-04')).toBe(`Unrest reached ${citiesBy('2022-01-04').size} cities by 4 January`);
    expect(titleOf(data, 'jan-05')).toBe(`Unrest reached ${citiesBy('2022-01-05').size} cities by 5 January; buildings were stormed in 3 of them`);
    expect(titleOf(data, 'jan-06')).toBe('Gunfire in Almaty on 6 January, while Nur-Sultan (now Astana) and Atyrau were calm');
    expect(titleOf(data, 'jan-07')).toBe('Gunfire in Almaty and Taldykorgan on 7 January, while Nur-Sultan (now Astana) was calm');
    expect(titleOf(data, 'deaths-by-city')).toBe('Almaty accounted for 151 of the 238 deaths, the Prosecutor General said');
  });

  it('count 11 cities on 4 January and 15 on 5 January, Almaty airport counted with Almaty', () => {
    expect(citiesBy('2022-01-04').size).toBe(11);
    expect(citiesBy('2022-01-05').size).toBe(15);
  });
});

describe('unrest map descriptions', () => {
  for (const state of states) {
    const spec = stateSpecs[state];
    if (spec.kind !== 'day') continue;
    it(`${state}: give the count and every place with an event that day`, () => {
      const text = describeState(data, state);
      expect(text).toContain(`By then it had reached ${citiesBy(spec.date).size} cit`);
      const names = new Map(data.places.map((p) => [p.id, p.name]));
      for (const e of data.unrestEvents.filter((ev) => ev.date === spec.date)) expect(text).toContain(names.get(e.place)!);
    });
  }

  it('say what was reported where, and which places were quiet that day', () => {
    const text = describeState(data, 'jan-05');
    expect(text).toContain('buildings stormed in Almaty, Aktobe and Taldykorgan and at Almaty International Airport');
    expect(text).toContain('gunfire in Atyrau');
    expect(text).toContain('a state of emergency and curfew in Zhanaozen, Aktau, Almaty, Nur-Sultan (now Astana) and Taldykorgan');
    expect(text).toContain('Nothing new was reported that day from Oral (Uralsk) and Karaganda.');
    // The airport's seizure and Aktobe's storming are disputed in the data: the text says so, not only the table.
    expect(text).toContain('Disputed among the sources: buildings stormed in Aktobe and at Almaty International Airport.');
  });

  it('say that Kostanay’s position is approximate once it is on the map', () => {
    expect(describeState(data, 'jan-04')).not.toContain('Kostanay');
    expect(describeState(data, 'jan-05')).toContain('The map position of Kostanay is approximate.');
  });

  it('give the deaths by city with who stated them and when, and the national total', () => {
    const text = describeState(data, 'deaths-by-city');
    expect(text).toContain('as the Prosecutor General stated on 5 January 2023: Almaty 151, Kyzylorda 26, Shymkent 20 and Taraz 17.');
    expect(text).toContain('The same statement gave 238 deaths nationwide.');
  });
});
