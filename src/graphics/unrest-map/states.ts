/** The states a step may ask the unrest map for, in story order. */
export const states = ['jan-02', 'jan-04', 'jan-05', 'jan-06', 'jan-07', 'deaths-by-city'] as const;
export type UnrestMapState = (typeof states)[number];

/** What a state draws: the events up to a day, or the deaths by city from one casualty report. */
export type StateSpec = { kind: 'day'; date: string } | { kind: 'deaths'; report: string; statedBy: string };

/** Each state's parameters; the drawing, title and description all follow from these and the data. */
export const stateSpecs: Record<UnrestMapState, StateSpec> = {
  'jan-02': { kind: 'day', date: '2022-01-02' },
  'jan-04': { kind: 'day', date: '2022-01-04' },
  'jan-05': { kind: 'day', date: '2022-01-05' },
  'jan-06': { kind: 'day', date: '2022-01-06' },
  'jan-07': { kind: 'day', date: '2022-01-07' },
  'deaths-by-city': { kind: 'deaths', report: '2023-01-05-prosecutor-general-238', statedBy: 'the Prosecutor General' },
};

/** The dates of the day states, in order. */
export const dayDates: string[] = states.flatMap((s) => {
  const spec = stateSpecs[s];
  return spec.kind === 'day' ? [spec.date] : [];
});

// The map draws events at places; the state of emergency that covered the whole country from 6 January is not one,
// so the day states name it in their stamp, text and table from these two key events.
/** The key events that began and ended the nationwide state of emergency. */
export const nationwideEmergencyEvents = { from: '2022-01-06-3', until: '2022-01-19-1' } as const;

// A site inside a city (its airport) is counted with that city, so "cities reached" never counts Almaty twice.
/** Places that are sites within a city: place id -> the city's place id. */
export const siteOf: Record<string, string> = { almaty_airport: 'almaty' };

/** Map labels shorter than the place's full name, where the full name would not fit beside its point. */
export const shortLabels: Record<string, string> = { almaty_airport: 'Airport' };
