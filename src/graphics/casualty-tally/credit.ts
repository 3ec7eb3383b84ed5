import type { Datasets } from '../../lib/data/datasets';
import type { CasualtyReport } from '../../lib/data/schemas';
import { listJoin } from '../../lib/format';
import type { Credit } from '../definition';
import { cityDeaths, earlierCityCounts } from './cityDeaths';
import { countPoints } from './countSeries';
import { deathCategories } from './deathCategories';
import { officeName } from './releases';
import { stateSpecs, type CasualtyTallyState } from './states';
import { independentTolls, retractedTolls } from './tollAsides';
import { tollPoints } from './tollSeries';

/** The releases a state draws. */
function drawnReleases(data: Datasets, state: CasualtyTallyState): CasualtyReport[] {
  const spec = stateSpecs[state];
  if (spec.chart === 'toll') {
    const asides = [...retractedTolls(data, spec.asOf), ...(spec.later ? independentTolls(data, spec.asOf) : [])];
    return [...tollPoints(data, spec.asOf).map((p) => p.report), ...asides.map((a) => a.report)];
  }
  if (spec.chart === 'injured') return [...countPoints(data, 'injured'), ...countPoints(data, 'injuredSecurity')].map((p) => p.report);
  if (spec.chart === 'detained') return countPoints(data, 'detained').map((p) => p.report);
  if (spec.chart === 'categories') return [deathCategories(data).report];
  const { report, cities } = cityDeaths(data);
  return [report, ...earlierCityCounts(data, cities[0]!.place, report.released).map((e) => e.report)];
}

/** Who stated the figures a state draws, and the outlets that carried them, with every source id. */
export function tallyCredit(data: Datasets, state: CasualtyTallyState): Credit {
  const releases = [...new Set(drawnReleases(data, state))];
  const sources = [...new Set(releases.flatMap((r) => r.sources))];
  const outlet = new Map(data.sources.map((s) => [s.id, s.outlet.split(' (')[0]!]));
  const bodies = [...new Set(releases.flatMap((r) => r.releasedBy.split(' + ').map((part) => officeName({ ...r, releasedBy: part }))))];
  const outlets = [...new Set(sources.map((id) => outlet.get(id) ?? id))];
  return { text: `statements by ${listJoin(bodies)}, as reported by ${listJoin(outlets)}`, sources };
}
