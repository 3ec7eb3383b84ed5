import { formatDate } from '../../lib/format';
import type { Mark } from '../../lib/scene';
import type { Figure } from '../../lib/data/schemas';
import { rectMark, textMark } from './marks';
import type { PlotBox } from './plotBox';
import { officeNames, type DatedReport } from './releases';
import { wrap } from './wrap';

/** Width of a character of the tip's text, as a share of its size (the sans face's average, with room to spare). */
const CHAR = 0.56;
const PAD = 5;

/** What a release's tip says: who, on what day, then the figures in their words. */
export function releaseTip(r: DatedReport, figures: (Figure | undefined)[], prefix = ''): { head: string; body: string } {
  const said = figures.filter((f): f is Figure => Boolean(f)).map((f) => f.text);
  return { head: `${prefix}${officeNames(r)}, ${formatDate(r.released)}`, body: said.join('; ') };
}

/**
 * A release marker a reader can reach by keyboard, followed by its tip: a boxed label, drawn hidden, that the
 * stylesheet shows while the marker has focus or the pointer (`.ct-focus:focus-visible + .ct-tip`, so the tip must
 * come right after its marker). The tip sits above the marker, or below it when there is no room above, and is
 * kept inside the plot's bounds.
 */
export function withTip(mark: Mark, tip: { head: string; body: string }, at: { x: number; y: number; r: number }, box: PlotBox): Mark[] {
  const size = box.small;
  const lineH = size + 3;
  const x0 = 2;
  const x1 = box.right + 12;
  const maxChars = Math.floor((x1 - x0 - 2 * PAD) / (size * CHAR));
  const lines = [...wrap(tip.head, maxChars), ...wrap(tip.body, maxChars)];
  const width = Math.min(x1 - x0, Math.max(...lines.map((l) => l.length)) * size * CHAR + 2 * PAD);
  const height = lines.length * lineH + 2 * PAD - 3;
  const left = Math.min(Math.max(at.x - width / 2, x0), x1 - width);
  const above = at.y - at.r - 6 - height;
  const top = above >= 2 ? above : at.y + at.r + 6;
  const hidden = { visibility: 'hidden' };
  const key = `tip-${mark.key}`;
  const boxMark = rectMark(`${key}-box`, left, top, left + width, top + height, 'ct-tip ct-tip-box');
  const texts = lines.map((line, i) =>
    textMark(`${key}-${i}`, left + PAD, top + PAD + size - 2 + i * lineH, line, { size, className: i === 0 ? 'ct-tip ct-tip-head' : 'ct-tip' }),
  );
  return [
    { ...mark, focusable: true, className: `${mark.className ?? ''} ct-focus`.trim() },
    ...[boxMark, ...texts].map((m) => ({ ...m, attrs: { ...m.attrs, ...hidden } })),
  ];
}
