import type { Datasets } from '../../lib/data/datasets';
import { formatCount, formatDate, formatDayMonth } from '../../lib/format';
import { cityDeaths } from './cityDeaths';
import { countPoints, splitAtPeak } from './countSeries';
import { deathCategories } from './deathCategories';
import { officeName, quoted } from './releases';
import { ARTICLE_DATE, stateSpecs, type CasualtyTallyState } from './states';
import { retractedTolls } from './tollAsides';
import { linePoints, tollPoints } from './tollSeries';

/** "2022-08-16" -> "August 2022". */
const month = (iso: string) => formatDate(iso).replace(/^\d+ /, '');

/** The title of a toll state: what the newest official release said. */
function tollTitle(data: Datasets, state: CasualtyTallyState): string {
  const spec = stateSpecs[state];
  const line = linePoints(tollPoints(data, spec.asOf));
  const last = line.at(-1)!;
  if (state === 'first-reports') {
    const first = line[0]!;
    return `The first official tolls counted only the security forces: ${formatCount(first.security ?? first.top)}, then ${formatCount(last.security ?? last.top)} killed on ${formatDayMonth(last.report.released)}`;
  }
  if (last.total === undefined) {
    const word = quoted(last.report.killedOtherLabel) ?? 'others';
    return `On ${formatDayMonth(last.report.released)} the ${officeName(last.report)} said ${formatCount(last.securityLevel)} security forces and ${formatCount(last.others ?? 0)} “${word}” had been killed`;
  }
  const sec = last.securityLevel ? `, ${formatCount(last.securityLevel)} of them security forces` : '';
  if (spec.asOf) return `By ${formatDayMonth(last.report.released)} the ${officeName(last.report)} counted ${formatCount(last.total)} dead${sec}`;
  let i = line.length - 1;
  while (i > 0 && line[i - 1]!.total === last.total) i--;
  return `The official toll has stood at ${formatCount(last.total)} since ${month(line[i]!.report.released)}, including ${formatCount(last.securityLevel)} security forces`;
}

/** The title of each state, stating its finding in figures taken from the releases. */
export function titleOf(data: Datasets, state: CasualtyTallyState): string {
  const spec = stateSpecs[state];
  if (state === 'retracted') {
    const r = retractedTolls(data, spec.asOf).at(-1)!;
    const why = quoted(r.report.retraction?.text);
    return `A toll of ${formatCount(r.value)} published on ${formatDayMonth(r.report.released)} was withdrawn${why ? ` as a ‘${why}’` : ''}`;
  }
  if (spec.chart === 'toll') return tollTitle(data, state);
  if (spec.chart === 'injured') {
    const top = countPoints(data, 'injured').reduce((a, b) => (b.value > a.value ? b : a));
    const sec = top.report.injuredSecurity?.value;
    return `By ${formatDayMonth(top.report.released)} officials counted ${formatCount(top.value)} injured${sec != null ? `, ${formatCount(sec)} of them security personnel` : ''}`;
  }
  if (spec.chart === 'detained') {
    const { running } = splitAtPeak(countPoints(data, 'detained'));
    const from = running.find((p) => p.report.released === ARTICLE_DATE) ?? running[0]!;
    const peak = running.at(-1)!;
    // A starting figure reported differently by different outlets is not given as if it were the only one.
    const disputed = from.figure.alternatives?.length ? ' (disputed)' : '';
    return `Official detention figures rose from ${formatCount(from.value)}${disputed} on ${formatDayMonth(from.report.released)} to ${formatCount(peak.value)} on ${formatDayMonth(peak.report.released)}`;
  }
  if (spec.chart === 'categories') {
    const { report, categories, by } = deathCategories(data);
    const named = categories.slice(0, 2).map((c, i) => `${formatCount(c.value)}${i ? '' : ' of the dead'} as ${c.short ?? c.label}`);
    return `In ${month(report.released)} the ${by} classed ${named.join(' and ')}`;
  }
  const { report, cities, total, by } = cityDeaths(data);
  const of = total !== undefined ? ` of the ${formatCount(total)} deaths` : ' deaths';
  return `${cities[0]!.name} accounted for ${formatCount(cities[0]!.killed)}${of}, the ${by} said in ${month(report.released)}`;
}
