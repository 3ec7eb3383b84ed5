import type { Datasets } from '../../lib/data/datasets';
import { formatCount, formatDayMonth, formatShortDate, listJoin } from '../../lib/format';
import { attribution, countryFigures, officialTotal, officialWords, total } from './figures';
import { mapNotes } from './notes';
import { periodWords, statePeriod } from './period';
import { routePlaces } from './projection';
import { routes } from './routes';
import { stateParams, type TroopArrivalsState } from './states';
import { AIR_GROUP } from './timeline';

const cumulative = (data: Datasets) => data.airlift.find((a) => a.id === '2022-01-09-in-1')!;
const moreThan = (s: string) => s.replace(/(\d[\d,]*)\+/, 'more than $1');

/** The title of a state: its finding, in words built from the datasets. */
export function titleOf(data: Datasets, state: TroopArrivalsState): string {
  const [from, to] = statePeriod(data, state);
  switch (state) {
    case 'appeal':
      return `Tokayev asked the Russian-led CSTO alliance for troops on ${formatDayMonth(from)}`;
    case 'landings':
      return `Russian advance units landed on ${formatDayMonth(to)}; ${total(data, 'planned-2500').figure.text} troops were planned`;
    case 'airlift':
      return `The force was flown in by ${formatDayMonth(to)}, in ${moreThan(cumulative(data).aircraft.text.replace(/\s*\(.*\)/, ''))}`;
    case 'contingents':
      return `Officially ${formatCount(officialTotal(data).figure.value!)} troops came; no official figure for Russia’s own was found`;
    case 'guarded':
      return 'The troops guarded Almaty’s airport, power plants and bakeries';
    case 'withdrawal': {
      const first = formatDayMonth(from);
      const last = formatDayMonth(to);
      // "between 13 and 19 January" when both days fall in one month.
      return `The troops left between ${first.split(' ')[1] === last.split(' ')[1] ? first.split(' ')[0] : first} and ${last}`;
    }
  }
}

/** Every country's figure in words, with who stated it and when, and what it did not say. */
export function contingentSentences(data: Datasets): string[] {
  return countryFigures(data).map((f) => {
    const c = f.contingent;
    const kind = f.status === 'official' ? 'official' : 'press estimate';
    const vehicles = c.vehicles ? ` and ${c.vehicles.text}` : '';
    const stated = f.shown.length ? `${formatCount(f.value!)}${vehicles} (${kind}: ${attribution(f.shown)})` : 'no figure';
    const unknown = !f.unknown ? '' : f.unknown.statedBy ? `; officially only ${f.unknown.text} (${attribution([f.unknown])})` : `; ${f.unknown.text}`;
    return `${c.country}: ${stated}${unknown}.`;
  });
}

function totalsSentence(data: Datasets): string {
  const t = officialTotal(data);
  const plan = total(data, 'planned-2500').figure;
  const serdyukov = total(data, 'serdyukov-2000').figure;
  const wiki = total(data, 'wikipedia-3800');
  const parts = [
    `The only official total: ${officialWords(data)} (${attribution([t.figure])}).`,
    `Planned: ${plan.text} (${attribution([plan])}). Also stated: ${serdyukov.text} (${attribution([serdyukov])}); ${formatCount(wiki.figure.value!)} (${attribution([wiki.figure])}; basis unclear).`,
  ];
  return parts.join(' ');
}

/** Which routes a map state draws, in words. */
function routeSentence(data: Datasets, state: TroopArrivalsState): string {
  const p = stateParams[state];
  const places = routePlaces(data);
  const { arrivals, returns } = routes(data);
  const name = (id: keyof typeof places) => places[id].name;
  const list = (rs: typeof arrivals) => rs.map((r) => `${r.country}, ${name(r.from)} to ${name(r.to)}${r.byRoad ? ' by road' : ''}`).join('; ');
  // A route home ends at the capital, standing for the country: where the flights landed is not mapped.
  if (p.returns) return `Routes home, each drawn to the country's capital: ${returns.map((r) => `${r.country} from ${name(r.from)}${r.byRoad ? ' by road' : ''}`).join('; ')}.`;
  if (p.arrivals === 'none') return `The map marks the capitals of the contributing countries (${listJoin(data.troopContingents.map((c) => c.country))}) and Almaty; no troops have been sent yet.`;
  if (p.arrivals === 'first') return `One route is drawn: ${list(arrivals.slice(0, 1))}.`;
  return `Routes drawn: ${list(arrivals)}.`;
}

function flightsSentence(data: Datasets): string {
  const days = data.airlift
    .filter((a) => a.id !== AIR_GROUP)
    .map((a) => {
      const way = a.direction === 'in' ? 'arriving' : 'leaving';
      const what = a.aircraft.value !== null ? ` aircraft ${way}` : /flight/.test(a.aircraft.text) ? '' : ` ${way}`;
      return `${formatShortDate(a.date)}: ${a.aircraft.text}${what}`;
    });
  return `Russian military flights reported, by day: ${days.join('; ')}.`;
}

/** The text alternative of a state: what the drawing shows, with every figure attributed. */
export function describe(data: Datasets, state: TroopArrivalsState): string {
  if (state === 'contingents') {
    return [
      'Bars compare each contributing country’s troops: solid where the figure is official, hatched where it is a press estimate, outlined where no official figure exists.',
      ...contingentSentences(data),
      `Russia gave no official national figure; its troops were the bulk of the official total of ${formatCount(officialTotal(data).figure.value!)} for all five countries.`,
      totalsSentence(data),
    ].join(' ');
  }
  const notes = mapNotes(data, state).map((n) => `${n.head}. ${n.body}.`);
  const when = `${periodWords(data, state)}.`;
  if (state === 'guarded') {
    const sites = data.troopContingents.map((c) => `${c.country}: ${c.guardedSites.join('; ')}.`);
    return [when, 'What each contingent guarded, as reported.', ...sites, ...notes].join(' ');
  }
  return [when, routeSentence(data, state), ...notes, flightsSentence(data)].join(' ');
}
