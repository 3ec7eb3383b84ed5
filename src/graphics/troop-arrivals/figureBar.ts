import { round, type Mark } from '../../lib/scene';
import type { FigureStatus } from './figures';
import { hatchPath } from './hatch';

/** The CSS class that carries a status's look: solid, hatched, outlined or dotted. */
export const statusClass: Record<FigureStatus, string> = {
  official: 'is-official',
  estimate: 'is-estimate',
  unknown: 'is-unknown',
  computed: 'is-computed',
};

/** A bar for one figure: a solid rect when official, an outline with hatching when estimated, a dashed outline when unknown. */
export function figureBar(key: string, status: FigureStatus, x: number, y: number, width: number, height: number, label: string, extra = ''): Mark[] {
  const cls = `troop-fig ${statusClass[status]}${extra ? ` ${extra}` : ''}`;
  const rect: Mark = { kind: 'rect', key, className: cls, attrs: { x: round(x), y: round(y), width: round(Math.max(width, 1)), height: round(height) }, label };
  if (status !== 'estimate') return [rect];
  return [rect, { kind: 'path', key: `${key}-hatch`, className: 'troop-hatch', attrs: { d: hatchPath(x, y, width, height, 3.5) } }];
}

/** A small swatch and its words, for legends and for the "no official figure" lines. */
export function swatch(key: string, status: FigureStatus, x: number, y: number, size: number): Mark[] {
  return figureBar(key, status, x, y - size * 0.8, size * 1.3, size * 0.85, '');
}
