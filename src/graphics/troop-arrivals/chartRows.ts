import type { Datasets } from '../../lib/data/datasets';
import type { TroopTotal } from '../../lib/data/schemas';
import { formatCount, formatShortDate } from '../../lib/format';
import { attribution, officialTotal, statedBy, type CountryFigure } from './figures';
import type { FigureRow } from './figureRow';

/** What each status is called wherever a figure is labelled. */
export const statusWords = { official: 'official', estimate: 'press estimate', unknown: 'no official figure', computed: 'our sum' } as const;

// The facts notes (section 4) describe the Russian contingent as the bulk of the official total; no national figure exists.
const BULK_OF_TOTAL = 'russia';

/** What a country that gave no headcount did say, with who said it. */
export function unknownWords(data: Datasets, f: CountryFigure): string | undefined {
  if (!f.unknown) return undefined;
  if (f.contingent.id === BULK_OF_TOTAL) return `No official national figure: the bulk of ${formatCount(officialTotal(data).figure.value!)}`;
  return `${f.unknown.text}, ${attribution([f.unknown])}`;
}

/** A country's row: its bar's figure and who stated it, plus what it said (or did not say) officially. */
export function countryRow(data: Datasets, f: CountryFigure): FigureRow {
  const c = f.contingent;
  const vehicles = c.vehicles?.value ? ` + ${formatCount(c.vehicles.value)} vehicles` : '';
  const valueText = f.value === null ? '' : `${formatCount(f.value)}${vehicles}`;
  const who = f.shown.length ? attribution(f.shown) : '';
  return {
    key: `country-${c.id}`,
    name: c.country,
    sub: statusWords[f.status],
    value: f.value,
    status: f.status,
    valueText,
    note: who,
    unknownNote: unknownWords(data, f),
    label: `${c.country}: ${valueText || 'no figure'} (${statusWords[f.status]}${who ? `, ${who}` : ''})`,
  };
}

const totalNames: Record<Exclude<TroopTotal['kind'], 'press-sum'>, string> = {
  plan: 'Planned',
  official: 'Official',
  statement: 'Commander',
  unexplained: 'Wikipedia',
  context: 'Whole pool',
};

/** The competing totals, in the order they were stated (a sum of press figures is stated by no one, so it is not drawn). */
export function totalRows(data: Datasets): FigureRow[] {
  return data.troopTotals
    .filter((t) => t.kind !== 'context' && t.figure.status !== 'computed' && t.figure.value !== null)
    .sort((a, b) => (a.figure.statedOn ?? '9999').localeCompare(b.figure.statedOn ?? '9999'))
    .map(totalRow);
}

function totalRow(t: TroopTotal): FigureRow {
  const f = t.figure;
  const valueText = t.kind === 'unexplained' ? formatCount(f.value!) : f.text;
  const extra = t.kind === 'official' && t.equipment ? `, with ${t.equipment.text}` : t.kind === 'unexplained' ? '; basis unclear' : '';
  const note = `${statedBy(f)}${extra}`;
  const sub = f.statedOn ? formatShortDate(f.statedOn) : 'undated';
  const extraClass = t.kind === 'official' ? 'is-headline' : t.kind === 'plan' ? 'is-plan' : undefined;
  return { key: `total-${t.id}`, name: totalNames[t.kind as keyof typeof totalNames], sub, value: f.value, status: f.status, valueText, note, label: `${valueText}: ${note}, ${sub}`, extraClass };
}
