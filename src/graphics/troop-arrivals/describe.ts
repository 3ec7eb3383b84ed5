import type { Datasets } from '../../lib/data/datasets';
import { formatCount, formatDayMonth, listJoin } from '../../lib/format';
import { attribution, countryFigures, officialTotal, officialWords, pressSum, total } from './figures';
import { mapNotes } from './notes';
import { periodWords, statePeriod } from './period';
import type { TroopArrivalsState } from './states';

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
      return `Officially ${formatCount(officialTotal(data).figure.value!)} troops came; Russia never said how many were its own`;
    case 'guarded':
      return "The troops guarded Almaty's airport, power plants and bakeries";
    case 'withdrawal':
      return `The troops left between ${formatDayMonth(from)} and ${formatDayMonth(to)}`;
  }
}

/** Every country's figure in words, with who stated it and when. */
export function contingentSentences(data: Datasets): string[] {
  return countryFigures(data).map((f) => {
    const c = f.contingent;
    const stated = f.shown.length ? `${formatCount(f.value!)} (${f.status === 'official' ? 'official' : 'press estimate'}: ${attribution(f.shown)})` : 'no figure';
    const unknown = f.unknown ? `; no official headcount (${f.unknown.text}${f.unknown.statedBy ? `, ${attribution([f.unknown])}` : ''})` : '';
    return `${c.country}: ${stated}${unknown}.`;
  });
}

function totalsSentence(data: Datasets): string {
  const t = officialTotal(data);
  const plan = total(data, 'planned-2500').figure;
  const serdyukov = total(data, 'serdyukov-2000').figure;
  const wiki = total(data, 'wikipedia-3800').figure;
  const sum = pressSum(data);
  const parts = [
    `The only official total: ${officialWords(data)} (${attribution([t.figure])}).`,
    `Planned: ${plan.text} (${attribution([plan])}). ${serdyukov.text} (${attribution([serdyukov])}). ${wiki.text} (${attribution([wiki])}).`,
  ];
  if (sum) parts.push(`Adding up the five country figures gives about ${formatCount(sum.total.figure.value!)}, a total no source stated.`);
  return parts.join(' ');
}

/** The text alternative of a state: what the drawing shows, with every figure attributed. */
export function describe(data: Datasets, state: TroopArrivalsState): string {
  const notes = mapNotes(data, state).map((n) => `${n.head}: ${n.body}.`);
  const when = `${periodWords(data, state)}.`;
  if (state === 'contingents') {
    return [
      'Bars compare each contributing country’s troops: solid where the figure is official, hatched where it is a press estimate, outlined where no official figure exists.',
      ...contingentSentences(data),
      'Russia gave no official national figure; its troops were the bulk of the official total for all five countries.',
      totalsSentence(data),
    ].join(' ');
  }
  if (state === 'guarded') {
    const sites = data.troopContingents.map((c) => `${c.country}: ${c.guardedSites.join('; ')}.`);
    return [when, 'What each contingent guarded, as reported.', ...sites].join(' ');
  }
  const map = `A map of routes from ${listJoin(data.troopContingents.map((c) => c.country))} to Almaty, above a day-by-day strip of the Russian military flights reported.`;
  return [when, map, ...notes].join(' ');
}
