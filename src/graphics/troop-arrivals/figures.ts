import type { Datasets } from '../../lib/data/datasets';
import type { Contingent, TroopFigure, TroopTotal } from '../../lib/data/schemas';
import { formatCount } from '../../lib/format';
import { dayRange } from './period';

/** How a figure was stated; drawn solid, hatched, outlined, or as a labelled sum nobody stated. */
export type FigureStatus = TroopFigure['status'];

/** One country's row: the number its bar shows (if any), how it was stated, and what is not known. */
export interface CountryFigure {
  contingent: Contingent;
  /** The figures behind the bar: the official one, or the press estimates that agree on the shown number. */
  shown: TroopFigure[];
  value: number | null;
  status: FigureStatus;
  /** Set when the country gave no national headcount: what it did say, or that it said nothing. */
  unknown: TroopFigure | null;
}

// "Panorama.am (press report)" -> "Panorama.am"; "RIA Novosti source (via Asia-Plus)" -> "RIA Novosti source".
const shortName = (who: string) => who.replace(/\s*\([^)]*\)/g, '').trim();

/** Who stated a figure, for tight labels. */
export function statedBy(f: TroopFigure): string {
  return f.statedBy ? shortName(f.statedBy) : 'source not named';
}

/** "6 Jan", or "6–7 Jan" when the figures were stated on different days; '' when undated. */
export function statedOn(figs: TroopFigure[]): string {
  const days = figs.map((f) => f.statedOn).filter((d): d is string => Boolean(d)).sort();
  return days.length ? dayRange(days[0]!, days.at(-1)!) : '';
}

/** "Panorama.am, Apostrophe, 6–7 Jan": every source of the shown figures and when they stated it. */
export function attribution(figs: TroopFigure[]): string {
  const names = [...new Set(figs.map(statedBy))];
  const when = statedOn(figs);
  return when ? `${names.join(', ')}, ${when}` : names.join(', ');
}

/** The bar of each contributing country. Official figures win; otherwise the largest press estimate, with every report of it. */
export function countryFigures(data: Datasets): CountryFigure[] {
  return data.troopContingents.map((c) => {
    const { troops } = c;
    if (troops.status === 'official' && troops.value !== null) return { contingent: c, shown: [troops], value: troops.value, status: 'official', unknown: null };
    const candidates = [troops, ...c.estimates].filter((f) => f.status === 'estimate' && f.value !== null);
    const top = Math.max(...candidates.map((f) => f.value!));
    const shown = candidates.filter((f) => f.value === top);
    const unknown = troops.status === 'unknown' ? troops : null;
    return shown.length
      ? { contingent: c, shown, value: top, status: 'estimate', unknown }
      : { contingent: c, shown: [], value: null, status: 'unknown', unknown: troops };
  });
}

/** A total by its id; throws when the dataset lacks it, so a renamed row fails the build rather than a figure vanishing. */
export function total(data: Datasets, id: string): TroopTotal {
  const t = data.troopTotals.find((x) => x.id === id);
  if (!t) throw new Error(`troop-totals.json has no total "${id}"`);
  return t;
}

/** The official force total and its equipment, as stated. */
export const officialTotal = (data: Datasets) => total(data, 'official-2030');

/** "2,030 troops and 250 units of equipment" */
export function officialWords(data: Datasets): string {
  const t = officialTotal(data);
  const troops = `${formatCount(t.figure.value!)} troops`;
  return t.equipment ? `${troops} and ${t.equipment.text}` : troops;
}

