import type { Datasets } from '../../lib/data/datasets';
import type { Frame } from '../../lib/frames';
import { deathsReport } from './unrestData';

/** Radius of the largest deaths circle: its area, and so every other circle's, is in proportion to the deaths. */
export const maxDeathsRadius = { phone: 20, desktop: 30 } as const;

/** One city's deaths as a circle: where, how many, how big. */
export interface DeathsCircle {
  place: string;
  killed: number;
  sources: string[];
  x: number;
  y: number;
  r: number;
}

/** The report's deaths by city as proportional circles, largest first; cities without a position are left out. */
export function deathsCircles(data: Datasets, frame: Frame, reportId: string, positions: Map<string, [number, number]>): DeathsCircle[] {
  const cities = [...deathsReport(data, reportId).byCity].sort((a, b) => b.killed - a.killed).filter((c) => positions.has(c.place));
  const max = cities[0]?.killed ?? 1;
  return cities.map((c) => {
    const [x, y] = positions.get(c.place)!;
    return { ...c, x, y, r: maxDeathsRadius[frame.id] * Math.sqrt(c.killed / max) };
  });
}
