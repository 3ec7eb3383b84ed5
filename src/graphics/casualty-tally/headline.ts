import type { Datasets } from '../../lib/data/datasets';
import { formatDate } from '../../lib/format';
import { countPoints } from './countSeries';
import { cityDeaths } from './cityDeaths';
import { deathCategories } from './deathCategories';
import { attribution, quoted } from './releases';
import { stateSpecs, type CasualtyTallyState } from './states';
import { retractedTolls } from './tollAsides';
import { linePoints, tollPoints, type TollPoint } from './tollSeries';

/** One headline figure: the number alone (so the tween can count it) and what it counts. */
export interface HeadlineFigure {
  value: number;
  caption: string;
  struck?: boolean;
}

/** The figures a state leads with, and who stated them when. */
export interface Headline {
  figures: HeadlineFigure[];
  byline: string;
}

const lowerFirst = (s: string) => s.charAt(0).toLowerCase() + s.slice(1);

/** The headline of a toll point: the whole toll, or the parts the release gave. */
function tollHeadline(p: TollPoint): HeadlineFigure[] {
  if (p.total !== undefined) {
    return [{ value: p.total, caption: p.security !== undefined ? `killed, including ${p.security} security forces` : 'killed' }];
  }
  const figures: HeadlineFigure[] = [];
  if (p.security !== undefined) figures.push({ value: p.security, caption: 'security forces killed' });
  const word = quoted(p.report.killedOtherLabel);
  if (p.others !== undefined) figures.push({ value: p.others, caption: word ? `“${word}” killed` : 'others killed' });
  return figures;
}

/** The final figure: the first release of the last run of equal totals, with the date it was last repeated. */
function finalHeadline(line: TollPoint[]): Headline {
  const last = line.at(-1)!;
  let first = line.length - 1;
  while (first > 0 && line[first - 1]!.total === last.total) first--;
  const since = line[first]!;
  const repeated = since === last ? '' : `; repeated ${formatDate(last.report.released)}`;
  return { figures: tollHeadline(since), byline: `${attribution(since.report)}${repeated}` };
}

/** The headline figures of each state, all taken from the releases. */
export function headline(data: Datasets, state: CasualtyTallyState): Headline {
  const spec = stateSpecs[state];
  if (state === 'retracted') {
    const r = retractedTolls(data, spec.asOf).at(-1)!;
    return { figures: [{ value: r.value, caption: 'killed, published then withdrawn', struck: true }], byline: `Published ${formatDate(r.report.released)}; ${lowerFirst(r.report.retraction?.text.split(' (')[0] ?? 'withdrawn')}` };
  }
  if (spec.chart === 'toll') {
    const line = linePoints(tollPoints(data, spec.asOf));
    if (!spec.asOf) return finalHeadline(line);
    const p = line.at(-1)!;
    const word = quoted(p.report.killedOtherLabel);
    return { figures: tollHeadline(p), byline: `${attribution(p.report)}${word && p.total === undefined ? `; “${word}” is its wording` : ''}` };
  }
  if (spec.chart === 'injured') {
    const top = countPoints(data, 'injured').reduce((a, b) => (b.value > a.value ? b : a));
    const security = top.report.injuredSecurity?.value;
    const figures = [{ value: top.value, caption: 'injured' }];
    if (security != null) figures.push({ value: security, caption: 'of them security personnel' });
    return { figures, byline: attribution(top.report) };
  }
  if (spec.chart === 'detained') {
    const top = countPoints(data, 'detained').reduce((a, b) => (b.value > a.value ? b : a));
    return { figures: [{ value: top.value, caption: 'detained, the highest official count' }], byline: attribution(top.report) };
  }
  if (spec.chart === 'categories') {
    const { report, total } = deathCategories(data);
    return { figures: total?.value != null ? [{ value: total.value, caption: 'killed in all' }] : [], byline: attribution(report) };
  }
  const { cities, total, byline } = cityDeaths(data);
  const figures = [{ value: cities[0]!.killed, caption: `killed in ${cities[0]!.name}` }];
  if (total !== undefined) figures.push({ value: total, caption: 'killed in all' });
  return { figures, byline };
}
