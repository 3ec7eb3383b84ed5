import type { Datasets } from '../../lib/data/datasets';
import type { CasualtyReport, Figure } from '../../lib/data/schemas';
import { formatDate } from '../../lib/format';
import { cityDeaths, earlierCityCounts } from './cityDeaths';
import { countPoints, splitAtPeak, unofficialCounts, type CountField } from './countSeries';
import { deathCategories } from './deathCategories';
import { officeNames, withAlternatives } from './releases';
import { stateSpecs, type CasualtyTallyState } from './states';
import { independentTolls, retractedTolls, undatedTolls, unnumberedTolls } from './tollAsides';
import { tollPoints } from './tollSeries';

/** "On 7 January 2022, Interior Ministry: 18 police and National Guard; …" in the source's words, with the other versions of a figure that was reported differently. */
const said = (r: CasualtyReport, figures: (Figure | undefined)[]) =>
  `${r.released ? `On ${formatDate(r.released)}, ${officeNames(r)}` : `${officeNames(r)}, no date (${r.releasedNote ?? 'not stated'})`}: ${figures.filter((f): f is Figure => Boolean(f)).map(withAlternatives).join('; ')}.`;

/** Figures with no date: said to be undated, never placed on the time axis. */
const undated = (rows: CasualtyReport[], figures: (r: CasualtyReport) => (Figure | undefined)[]) =>
  rows.length ? `Not placed on the time axis because no date is known: ${rows.map((r) => said(r, figures(r))).join(' ')}` : '';

/** A bare number gets the noun it counts ("19" -> "19 security forces"); a worded figure keeps its words. */
const worded = (f: Figure | undefined, noun: string): Figure | undefined => (f && !/[a-z]/i.test(f.text) ? { ...f, text: `${f.text} ${noun}` } : f);

const killed = (r: CasualtyReport) => [worded(r.killedTotal, 'killed'), worded(r.killedSecurity, 'security forces'), worded(r.killedOther, 'others')];

/** The toll states: each official release on the line, the disputes, the withdrawn figure and independent counts. */
function describeToll(data: Datasets, state: CasualtyTallyState): string {
  const spec = stateSpecs[state];
  const points = tollPoints(data, spec.asOf);
  const parts = [`Step chart of the official death toll as each release gave it, security forces and others apart where the release split them${spec.asOf ? `, up to ${formatDate(spec.asOf)}` : ''}.`];
  for (const p of points) parts.push(`${said(p.report, killed(p.report))}${p.disputes ? ` This disputes the figure the ${officeNames(p.disputes.report)} gave the same day.` : ''}`);
  if (spec.unnumbered) for (const r of unnumberedTolls(data, spec.asOf)) parts.push(`Without a number: ${said(r, killed(r))}`);
  for (const a of retractedTolls(data, spec.asOf)) parts.push(`Withdrawn, not on the line: ${said(a.report, [a.report.killedTotal])} ${a.report.retraction?.text ?? ''}`.trim());
  if (spec.later) {
    for (const a of independentTolls(data, spec.asOf)) parts.push(`${a.kind === 'cited' ? 'Disputed, cited by NGOs' : 'Independent count'}: ${a.text} (${formatDate(a.report.released)}).`);
    parts.push(undated(undatedTolls(data), killed));
  }
  return parts.filter(Boolean).join(' ');
}

/** Every official release of a count, in date order, in the source's words. */
const countSentences = (data: Datasets, field: CountField) => countPoints(data, field).map((p) => said(p.report, [p.figure]));

/** The injured state: all injured and injured security personnel, each as released. */
function describeInjured(data: Datasets): string {
  const noDate = data.casualtyReports.filter((r) => r.released === null && r.issuer === 'official' && r.injured);
  return [
    'Step chart of the injured as officials released the figures, on its own axis, not the deaths axis.',
    'All injured:', ...countSentences(data, 'injured'),
    'Injured security personnel:', ...countSentences(data, 'injuredSecurity'),
    undated(noDate, (r) => [r.injured]),
  ].filter(Boolean).join(' ');
}

/** The detained state: the running count to its peak, the agency aggregation, the later official figures. */
function describeDetained(data: Datasets): string {
  const { running, later } = splitAtPeak(countPoints(data, 'detained'));
  return [
    'Step chart of the official count of people detained, on its own axis.',
    ...running.map((p) => said(p.report, [p.figure])),
    ...unofficialCounts(data, 'detained').map((r) => `Not an official figure: ${said(r, [r.detained])}`),
    'Later official figures count other things (people in custody, criminal cases):',
    ...later.map((p) => said(p.report, [p.figure])),
  ].join(' ');
}

/** The by-city state: each city's count, and the biggest city's earlier counts. */
function describeCities(data: Datasets): string {
  const { report, cities, total, by } = cityDeaths(data);
  const first = cities[0]!;
  const earlier = earlierCityCounts(data, first.place, report.released)
    .map((e) => `${e.killed} on ${formatDate(e.report.released)}${e.report.status === 'retracted' ? ' (withdrawn)' : ''}`);
  return [
    `Bar chart of deaths by city as the ${by} gave them on ${formatDate(report.released)}${total !== undefined ? `, out of ${total} in all` : ''}:`,
    `${cities.map((c) => `${c.name} ${c.killed}`).join(', ')}.`,
    earlier.length ? `Earlier counts for ${first.name}: ${earlier.join('; ')}.` : '',
  ].filter(Boolean).join(' ');
}

/** The categories state: each group in the office's words, the security forces' dead, and the total apart. */
function describeCategories(data: Datasets): string {
  const { report, categories, security, total, by } = deathCategories(data);
  return [
    `Bar chart of how the ${by} classed the dead on ${formatDate(report.released)}, in the office’s words: ${categories.map((c) => `${c.value} ${c.label}`).join('; ')}.`,
    security ? `Also stated that day: ${security.text}.` : '',
    total ? `The same release gave ${total.text} dead in all; no statement we traced says how these figures make up that total.` : '',
  ].filter(Boolean).join(' ');
}

/** The text alternative of a state, generated from the releases it draws. */
export function describeState(data: Datasets, state: CasualtyTallyState): string {
  const chart = stateSpecs[state].chart;
  if (chart === 'toll') return describeToll(data, state);
  if (chart === 'injured') return describeInjured(data);
  if (chart === 'detained') return describeDetained(data);
  if (chart === 'categories') return describeCategories(data);
  return describeCities(data);
}
