import type { Datasets } from '../../lib/data/datasets';
import type { Frame } from '../../lib/frames';
import { formatDate, formatShortDateYear } from '../../lib/format';
import { textWidth, type Box } from '../../lib/geo/labelPlacement';
import { round, type Mark } from '../../lib/scene';
import { frameSizes, lineHeight } from './mapFrame';
import type { StateSpec } from './states';
import { deathsReport, nationwideEmergency } from './unrestData';

const SUB = 0.7;

/**
 * The lines of a state's stamp: the day it shows, and whether the whole country was under a state of emergency that
 * day (no point on the map can show it; the text and table give the decree's date); or what the deaths are and who
 * stated them when ("5 Jan" if tight).
 */
export function stampLines(data: Datasets, spec: StateSpec, frame: Frame): string[] {
  if (spec.kind === 'day') return [formatDate(spec.date), ...(nationwideEmergency(data, spec.date) ? ['State of emergency nationwide'] : [])];
  const released = deathsReport(data, spec.report).released!;
  const sub = (date: string) => `As stated by ${spec.statedBy}, ${date}`;
  const fits = 14 + textWidth(sub(formatDate(released)), frameSizes[frame.id].stampSize * SUB) <= frame.width - 4;
  return ['Deaths by city', sub(fits ? formatDate(released) : formatShortDateYear(released))];
}

/** The box the stamp's lines take at the top left. */
export function stampBox(frame: Frame, lines: string[]): Box {
  const size = frameSizes[frame.id].stampSize;
  const width = Math.max(...lines.map((t, i) => textWidth(t, i ? size * SUB : size)));
  return { x0: 0, y0: 0, x1: 16 + width, y1: 14 + lineHeight(size) + (lines.length - 1) * lineHeight(size * SUB) };
}

/** The stamp as text marks: the first line large, the rest smaller and muted. */
export function stampMarks(frame: Frame, lines: string[]): Mark[] {
  const size = frameSizes[frame.id].stampSize;
  return lines.map((text, i) => ({
    kind: 'text',
    key: i === 0 ? 'stamp' : `stamp-${i + 1}`,
    className: i === 0 ? 'unrest-stamp' : 'unrest-stamp-sub',
    attrs: { x: 14, y: round(14 + size * 0.82 + i * lineHeight(size * SUB)), 'font-size': i === 0 ? size : round(size * SUB) },
    text,
  }));
}
