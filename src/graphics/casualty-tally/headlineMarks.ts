import { formatCount } from '../../lib/format';
import type { Frame } from '../../lib/frames';
import type { Mark } from '../../lib/scene';
import type { Headline } from './headline';
import { lineMark, textMark } from './marks';
import type { PlotBox } from './plotBox';
import { CHAR_EM } from './labelPlacer';
import { wrap } from './wrap';

/** Left edge of the headline and legend. */
export const marginLeft = (frame: Frame): number => (frame.id === 'phone' ? 12 : 24);

/**
 * The headline figures at the top: each number is its own text mark holding only the number, keyed by position, so
 * the tween counts from one state's figure to the next. Captions are keyed by their words and cross-fade.
 */
export function headlineMarks(h: Headline, frame: Frame, box: PlotBox): Mark[] {
  const x0 = marginLeft(frame);
  const step = frame.id === 'phone' ? 168 : 230;
  const base = 6 + box.big * 0.85;
  const captionY = base + box.small + 9;
  const marks = h.figures.flatMap((f, i) => {
    const x = x0 + i * step;
    const text = formatCount(f.value);
    const out = [
      textMark(`counter-${i}`, x, base, text, { size: box.big, className: `ct-counter${f.struck ? ' ct-counter--struck' : ''}` }),
      textMark(`counter-caption-${i}:${f.caption}`, x, captionY, f.caption, { size: box.small + 1, className: 'ct-caption' }),
    ];
    if (f.struck) {
      const w = text.length * box.big * 0.55;
      out.push(lineMark(`counter-${i}-strike`, x - 2, base - box.big * 0.3, x + w + 2, base - box.big * 0.3, 'ct-strike'));
    }
    return out;
  });
  // A date is never split across lines.
  const byline = h.byline.replace(/(\d{1,2}) ([A-Z][a-z]+) (\d{4})/g, '$1\u00a0$2\u00a0$3');
  const lines = wrap(byline, (frame.width - x0 - 8) / (box.small * CHAR_EM));
  lines.forEach((line, i) => marks.push(textMark(`byline-${i}:${line}`, x0, captionY + (i + 1) * (box.small + 5), line, { size: box.small, className: 'ct-byline' })));
  return marks;
}
