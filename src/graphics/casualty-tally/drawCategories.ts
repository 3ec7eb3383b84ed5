import { scaleLinear } from 'd3-scale';
import type { Datasets } from '../../lib/data/datasets';
import { formatCount, formatShortDateYear } from '../../lib/format';
import type { Frame } from '../../lib/frames';
import type { Mark } from '../../lib/scene';
import { deathCategories } from './deathCategories';
import { marginLeft } from './headlineMarks';
import { CHAR_EM } from './labelPlacer';
import { lineMark, rectMark, textMark } from './marks';
import type { PlotBox } from './plotBox';
import { attribution } from './releases';
import { wrap } from './wrap';

/** One labelled bar: the label above it in the office's words, the number at its end. */
interface Row {
  key: string;
  label: string;
  value: number;
  className: string;
  tip: string;
}

/** "19 law-enforcement employees" -> "law-enforcement employees": the number is drawn at the bar's end. */
const withoutNumber = (text: string, value: number) => text.replace(new RegExp(`^(${value}|${formatCount(value)})\\s+`), '');

/**
 * How the latest official release classed the dead: one bar per group, from zero on one scale, with the security
 * forces' dead it stated that day in a group of their own. The bars are never stacked or summed and the release's
 * total is not drawn beside them: no statement says how the groups make up that total, and a sum or a gap beside it
 * would read as one.
 */
export function drawCategories(data: Datasets, frame: Frame, box: PlotBox): Mark[] {
  const { report, categories, security, total, by, byline } = deathCategories(data);
  const phone = frame.id === 'phone';
  const x0 = marginLeft(frame);
  const rows: Row[] = categories.map((c, i) => ({ key: `category-${i}`, label: c.label, value: c.value, className: 'ct-band-others ct-swatch-outline', tip: `${c.label}: ${formatCount(c.value)} — ${byline}` }));
  const apart: Row | undefined = security?.value != null
    ? { key: 'category-security', label: withoutNumber(security.text, security.value), value: security.value, className: 'ct-band-security', tip: `${security.text} — ${attribution(report)}` }
    : undefined;
  const max = Math.max(...rows.map((r) => r.value), apart?.value ?? 0);
  // Room at the bar's end for its number at the label size.
  const x = scaleLinear().domain([0, max]).range([x0, box.right - 4 * box.font * CHAR_EM - 8]);
  const lineH = box.font + 4;
  const barH = phone ? 14 : 20;
  const gap = phone ? 10 : 18;
  const chars = (box.right - x0) / (box.font * CHAR_EM);
  const marks: Mark[] = [];
  let y = box.top + (phone ? 4 : 8);
  const heading = (key: string, text: string) => {
    marks.push(textMark(key, x0, y + box.small, text, { size: box.small, className: 'ct-axis' }));
    y += box.small + 8;
  };
  const bars: { y0: number; y1: number }[] = [];
  const draw = (row: Row) => {
    const lines = wrap(row.label, chars);
    lines.forEach((line, i) => marks.push(textMark(`${row.key}-label-${i}`, x0, y + box.font + i * lineH, line, { size: box.font, className: 'ct-label' })));
    y += lines.length * lineH + 3;
    marks.push(
      rectMark(`${row.key}-bar`, x(0), y, x(row.value), y + barH, row.className, row.tip),
      textMark(`${row.key}-value`, x(row.value) + 6, y + barH / 2 + box.font * 0.35, formatCount(row.value), { size: box.font, className: 'ct-label--strong', label: row.tip }),
    );
    bars.push({ y0: y, y1: y + barH });
    y += barH + gap;
  };
  heading('category-heading', `How the ${by} classed the dead, ${formatShortDateYear(report.released)}`);
  rows.forEach(draw);
  if (apart) {
    heading('category-security-heading', 'Also stated that day');
    draw(apart);
  }
  // The zero line is drawn bar by bar: the labels above the bars start at zero too.
  marks.unshift(...bars.map((b, i) => lineMark(`category-base-${i}`, x(0), b.y0 - 2, x(0), b.y1 + 2, 'ct-baseline')));
  if (total?.value != null) {
    const note = `No statement we traced says how these figures make up the total of ${formatCount(total.value)} dead.`;
    wrap(note, (box.right - x0) / (box.small * CHAR_EM)).forEach((line, i) =>
      marks.push(textMark(`category-note-${i}`, x0, y + box.small + i * (box.small + 4), line, { size: box.small, className: 'ct-note' })),
    );
  }
  return marks;
}
