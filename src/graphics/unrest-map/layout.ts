import type { Datasets } from '../../lib/data/datasets';
import type { Frame } from '../../lib/frames';
import { curlyQuotes, formatCount } from '../../lib/format';
import type { Mark, Scene } from '../../lib/scene';
import { dayMarks } from './dayMarks';
import { deathsMarks } from './deathsMarks';
import { describe, titleOf } from './describe';
import { kindOrder, kindStyles } from './eventKinds';
import { legendMarks, type LegendItem } from './legend';
import { frameBasemap } from './mapFrame';
import { mapGeometry } from './mapGeometry';
import { stampLines, stampMarks } from './stamp';
import { dayDates, stateSpecs, type UnrestMapState } from './states';
import { dayPlaces, deathsReport } from './unrestData';

const capitalItem: LegendItem = { id: 'capital', shape: 'ring', className: 'unrest-capital', scale: 1, text: 'Capital' };

/** The legend of the day states: every kind any day draws, in order of gravity, the same in every day. */
function dayLegend(data: Datasets): LegendItem[] {
  const drawn = new Set(dayDates.flatMap((date) => dayPlaces(data, date).map((d) => d.kind)));
  return [
    ...kindOrder
      .filter((k) => drawn.has(k))
      .map((k) => ({ id: k, shape: kindStyles[k].shape, className: `unrest-point unrest-kind-${k}`, scale: 1, text: kindStyles[k].label })),
    { id: 'earlier', shape: 'circle', className: 'unrest-point unrest-earlier', scale: 0.6, text: 'Earlier unrest only' },
    capitalItem,
  ];
}

/** The national total the deaths report gave, so the four cities are read against it. */
function nationwideNote(data: Datasets, reportId: string, statedBy: string): string | undefined {
  const total = deathsReport(data, reportId).killedTotal?.value;
  return total ? `Nationwide, ${statedBy} gave ${formatCount(total)} deaths` : undefined;
}

/** The unrest map in one state, for one frame: pure, so it runs at build time, in the browser and in tests alike. */
export function layout(data: Datasets, frame: Frame, state: UnrestMapState): Scene {
  const spec = stateSpecs[state];
  const base = frameBasemap(frame);
  const geo = mapGeometry(data, frame);
  const stamp = stampLines(data, spec, frame);
  const body =
    spec.kind === 'day'
      ? [
          ...geo.countries.map((c) => c.mark),
          ...dayMarks(data, frame, spec.date, geo),
          ...legendMarks(frame, dayLegend(data), 'Each place shows the gravest event reported that day'),
        ]
      : [
          ...deathsMarks(data, frame, spec.report, geo),
          ...legendMarks(
            frame,
            [
              { id: 'deaths', shape: 'circle', className: 'unrest-deaths', scale: 1.6, text: 'Deaths, circle area in proportion' },
              {
                id: 'earlier',
                shape: 'circle',
                className: 'unrest-point unrest-earlier',
                scale: 0.6,
                text: 'Other places with unrest: no figure given',
              },
              capitalItem,
            ],
            nationwideNote(data, spec.report, spec.statedBy),
          ),
        ];
  const marks: Mark[] = [
    { kind: 'use', key: 'basemap', attrs: { href: `#${base.symbol.id}`, x: 0, y: 0, width: frame.width, height: frame.height } },
    ...body,
    ...stampMarks(frame, stamp),
  ];
  return { width: frame.width, height: frame.height, title: curlyQuotes(titleOf(data, state)), description: curlyQuotes(describe(data, state)), marks, symbols: [base.symbol] };
}
