import type { Datasets } from '../../lib/data/datasets';
import type { LegendItem } from './legend';
import { stateSpecs, type CasualtyTallyState } from './states';
import { independentTolls, retractedTolls } from './tollAsides';
import { tollPoints } from './tollSeries';

/** The legend of a state: only what the state draws. */
export function legendItems(data: Datasets, state: CasualtyTallyState): LegendItem[] {
  const spec = stateSpecs[state];
  if (spec.chart === 'injured') return [{ kind: 'count-light', text: 'All injured' }, { kind: 'count', text: 'Security personnel injured' }];
  if (spec.chart === 'detained') return [{ kind: 'count', text: 'Detained, running official count' }, { kind: 'later', text: 'Later official figures (other measures)' }];
  // Every bar carries its group's words and number.
  if (spec.chart === 'categories') return [];
  if (spec.chart === 'by-city') return [{ kind: 'later', text: 'Earlier count for the city' }, { kind: 'retracted', text: 'Withdrawn' }];
  const points = tollPoints(data, spec.asOf);
  const items: LegendItem[] = [
    { kind: 'line', text: 'Official toll, as released' },
    { kind: 'security', text: 'Security forces' },
  ];
  if (points.some((p) => p.top > p.securityLevel)) items.push({ kind: 'others', text: 'Others killed' });
  if (points.some((p) => p.disputes)) items.push({ kind: 'disputed', text: 'Disputed official figure' });
  if (retractedTolls(data, spec.asOf).length) items.push({ kind: 'retracted', text: 'Withdrawn' });
  const asides = spec.later ? independentTolls(data, spec.asOf) : [];
  if (asides.some((a) => a.kind === 'cited')) items.push({ kind: 'cited', text: 'Cited by NGOs' });
  if (asides.some((a) => a.kind === 'independent')) items.push({ kind: 'independent', text: 'Independent list of the dead' });
  return items;
}
