import type { Mark } from '../../lib/scene';

// Source Sans 3 averages about half an em per character; labels are sized from this estimate in node, where no font
// metrics exist, and the estimate errs wide so that labels judged clear here are clear on screen.
const EM_PER_CHAR = 0.52;
const EM_PER_CHAR_BOLD = 0.56;

/** Estimated width of a label in SVG units. */
export function textWidth(text: string, fontSize: number, bold = false): number {
  return text.length * fontSize * (bold ? EM_PER_CHAR_BOLD : EM_PER_CHAR);
}

/** Splits `text` into lines no wider than `width`, breaking at spaces. */
export function wrapText(text: string, width: number, fontSize: number, bold = false): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/)) {
    const next = line ? `${line} ${word}` : word;
    if (line && textWidth(next, fontSize, bold) > width) {
      lines.push(line);
      line = word;
    } else line = next;
  }
  if (line) lines.push(line);
  return lines;
}

/** An axis-aligned box: the area a mark covers. */
export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** The box a text mark covers, from its x/y (baseline), anchor and font size. */
export function textBox(m: Mark): Box {
  const size = Number(m.attrs['font-size'] ?? 12);
  const width = textWidth(m.text ?? '', size, String(m.className ?? '').includes('is-bold'));
  const anchor = m.attrs['text-anchor'] ?? 'start';
  const x0 = Number(m.attrs.x);
  const x = anchor === 'middle' ? x0 - width / 2 : anchor === 'end' ? x0 - width : x0;
  // Cap height above the baseline, descenders below.
  return { x, y: Number(m.attrs.y) - size * 0.78, width, height: size * 0.98 };
}

/** Whether two boxes overlap by more than `slack` units in both directions. */
export function boxesOverlap(a: Box, b: Box, slack = 0.5): boolean {
  return a.x + a.width - slack > b.x && b.x + b.width - slack > a.x && a.y + a.height - slack > b.y && b.y + b.height - slack > a.y;
}

/** The box a text or circle mark covers; null for marks without a compact box (paths, lines, rects). */
export function markBox(m: Mark): Box | null {
  if (m.kind === 'text') return textBox(m);
  if (m.kind === 'circle') {
    const r = Number(m.attrs.r);
    return { x: Number(m.attrs.cx) - r, y: Number(m.attrs.cy) - r, width: 2 * r, height: 2 * r };
  }
  return null;
}
