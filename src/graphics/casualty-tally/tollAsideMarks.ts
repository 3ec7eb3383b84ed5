import type { ScaleLinear } from 'd3-scale';
import type { Mark } from '../../lib/scene';
import { formatDate } from '../../lib/format';
import { releaseTip, withTip } from './focusTip';
import { circleMark, diamondMark, lineMark, rectMark } from './marks';
import type { PlotBox } from './plotBox';
import { attribution, releaseLabel } from './releases';
import type { TimeAxis } from './timeAxis';
import type { TollAside } from './tollAsides';

/** Tooltip of an aside: who stated it, when, and what it is. */
export function asideLabel(a: TollAside): string {
  if (a.kind === 'retracted') return `Withdrawn — ${releaseLabel(a.report, [a.report.killedTotal])}. ${a.report.retraction?.text ?? ''}`.trim();
  if (a.kind === 'cited') return `Disputed — ${releaseLabel(a.report, [a.report.killedTotal])}`;
  return `Independent count — ${a.text}; cited in the ${attribution(a.report)}`;
}

/** What an aside's tip says when it has focus. */
function asideTip(a: TollAside): { head: string; body: string } {
  if (a.kind === 'retracted') return releaseTip(a.report, [a.report.killedTotal], 'Withdrawn: ');
  if (a.kind === 'cited') return releaseTip(a.report, [a.report.killedTotal], 'Disputed: ');
  return { head: `Independent count, ${formatDate(a.report.released)}`, body: a.text };
}

/**
 * A withdrawn figure is an outlined, struck-through circle; a figure cited by NGOs a hollow diamond; an independent
 * list of the dead a hollow square. None of them is joined to the line; each takes keyboard focus like the releases.
 */
export function asideMarks(asides: TollAside[], axis: TimeAxis, y: ScaleLinear<number, number>, r: number, box: PlotBox): Mark[] {
  return asides.flatMap((a) => {
    const x = axis.x(a.report.released);
    const cy = y(a.value);
    const key = `aside-${a.key}`;
    const tip = (mark: Mark, size: number) => withTip(mark, asideTip(a), { x, y: cy, r: size }, box);
    if (a.kind === 'retracted') {
      const k = r * 1.6;
      return [...tip(circleMark(key, x, cy, k, 'ct-retracted', asideLabel(a)), k), lineMark(`${key}-strike`, x - k - 2, cy + k + 2, x + k + 2, cy - k - 2, 'ct-retracted-strike')];
    }
    if (a.kind === 'cited') return tip(diamondMark(key, x, cy, r * 1.4, 'ct-cited', asideLabel(a)), r * 1.4);
    return tip(rectMark(key, x - r, cy - r, x + r, cy + r, 'ct-independent', asideLabel(a)), r);
  });
}
