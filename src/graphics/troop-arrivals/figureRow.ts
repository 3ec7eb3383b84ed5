import { round, type Mark } from '../../lib/scene';
import type { FigureStatus } from './figures';
import { figureBar, swatch } from './figureBar';
import { wrapText } from './textMetrics';

/** Sizes and edges shared by every row of the chart. */
export interface RowGrid {
  /** Left edge of the names, start of the bars, right edge of text. */
  left: number;
  x0: number;
  right: number;
  /** Units per troop. */
  scale: number;
  barHeight: number;
  nameSize: number;
  textSize: number;
  lineHeight: number;
}

/** One figure as a chart row: its name, a bar, its value and who stated it. */
export interface FigureRow {
  key: string;
  name: string;
  /** Under the name: what kind of figure it is, or when it was stated. */
  sub: string;
  value: number | null;
  status: FigureStatus;
  /** The value as words at the bar's end ("2,030", "more than 2,000"). */
  valueText: string;
  /** Who stated it (and when), under the bar. */
  note: string;
  /** The line for a country that gave no headcount, drawn after an outlined swatch. */
  unknownNote?: string;
  /** Drawn instead of a single bar (the press sum's parts). */
  label: string;
  extraClass?: string;
}

/** Room between the axis and the text under a bar: the text's paper halo is 1.5 units wide. */
const NOTE_INSET = 4;

/** Draws a row with its top at `y`; returns its marks and the y just below it. */
export function figureRow(row: FigureRow, g: RowGrid, y: number): { marks: Mark[]; bottom: number } {
  const w = (row.value ?? 0) * g.scale;
  const base = y + g.barHeight - 0.5;
  const marks: Mark[] = [text(`${row.key}-name`, 'troop-row-name is-bold', g.left, base, g.nameSize, row.name)];
  if (row.value !== null) marks.push(...figureBar(`${row.key}-bar`, row.status, g.x0, y, w, g.barHeight, row.label, row.extraClass));
  marks.push(text(`${row.key}-value`, 'troop-row-value is-bold', g.x0 + w + 5, base, g.nameSize, row.valueText));
  let ly = base + g.lineHeight + 1;
  marks.push(text(`${row.key}-sub`, 'troop-row-sub', g.left, ly, g.textSize, row.sub));
  // Set in from the axis, so the axis line does not run through the first letter.
  const noteX = g.x0 + NOTE_INSET;
  for (const [i, l] of wrapText(row.note, g.right - noteX, g.textSize).entries()) {
    marks.push(text(`${row.key}-note-${i}`, 'troop-row-note', noteX, ly, g.textSize, l));
    ly += g.lineHeight;
  }
  if (row.unknownNote) {
    const sw = g.textSize * 1.3 + 5;
    marks.push(...swatch(`${row.key}-unknown-swatch`, 'unknown', g.x0, ly, g.textSize));
    for (const [i, l] of wrapText(row.unknownNote, g.right - g.x0 - sw, g.textSize).entries()) {
      marks.push(text(`${row.key}-unknown-${i}`, 'troop-row-unknown', g.x0 + sw, ly, g.textSize, l));
      ly += g.lineHeight;
    }
  }
  return { marks, bottom: ly - g.lineHeight + g.textSize * 0.3 };
}


/** A text mark at a baseline. */
export function text(key: string, className: string, x: number, y: number, size: number, t: string, anchor: 'start' | 'middle' | 'end' = 'start', extra: Record<string, number> = {}): Mark {
  return { kind: 'text', key, className, attrs: { x: round(x), y: round(y), 'text-anchor': anchor, 'font-size': size, ...extra }, text: t };
}

/**
 * A key for a label whose words change between states: keyed by its words, the browser fades the old label out and the
 * new one in, rather than keeping the old words while the rest of the drawing moves.
 */
export function textKey(prefix: string, words: string): string {
  const slug = words.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 48);
  return `${prefix}-${slug}`;
}
