import type { Datasets } from '../../lib/data/datasets';
import type { KeyEvent } from '../../lib/data/schemas';
import { formatShortDate } from '../../lib/format';
import type { Frame } from '../../lib/frames';
import { noteBackdrop } from '../../lib/noteBackdrop';
import type { Mark } from '../../lib/scene';
import { attribution, total } from './figures';
import { text, textKey } from './figureRow';
import { keyEvent, periodLabel } from './period';
import type { TroopArrivalsState } from './states';
import { textBox, wrapText, type Box } from './textMetrics';

/** A note on the map: a bold head (may be empty) and a plain body. */
export interface MapNote {
  head: string;
  body: string;
}

/** What the routes do and do not claim. */
export const ROUTE_NOTE: MapNote = {
  head: '',
  body: 'Routes start at the capitals; departure airfields are not mapped. Only the Russian landing airfields were reported.',
};

// The datasets abbreviate as researchers do; readers get the words.
const plain = (s: string) => s.replace(/\bMoD\b/g, 'Defence Ministry').replace(/\bSG\b/g, 'Secretary-General');
const firstClause = (s: string) => plain(s.split(';')[0]!.trim().replace(/\.$/, ''));
// "late evening/night of 5 Jan" needs no second "5 Jan" after the date; "(or small hours of 6 Jan)" keeps its own.
const when = (e: KeyEvent) => {
  const day = formatShortDate(e.date);
  return e.timeLocal ? `${day}, ${e.timeLocal.replace(` of ${day} `, ' ').replace(new RegExp(` of ${day}$`), '')}` : day;
};

function airliftNote(data: Datasets, id: string): string {
  const row = data.airlift.find((a) => a.id === id);
  if (!row) throw new Error(`airlift.json has no row "${id}"`);
  // "(Stated 7 Jan) Russian MoD forms…" -> "7 Jan: Russian MoD forms…"
  return plain(row.description.replace(/^\(Stated ([^)]+)\)\s*/, '$1: ').replace(/\.$/, ''));
}

/** What the map says in a state, beside what it draws; every statement from the datasets. */
export function mapNotes(data: Datasets, state: TroopArrivalsState): MapNote[] {
  if (state === 'appeal') {
    const appeal = keyEvent(data, '2022-01-05-9');
    const airport = keyEvent(data, '2022-01-05-8');
    return [
      { head: appeal.event, body: `${when(appeal)}${appeal.confidence === 'disputed' ? '; the hour is disputed' : ''}` },
      { head: airport.event, body: when(airport) },
    ];
  }
  if (state === 'landings') {
    const first = keyEvent(data, '2022-01-06-2');
    const plan = total(data, 'planned-2500').figure;
    return [
      { head: first.event, body: `${when(first)}: ${firstClause(first.details ?? '')}` },
      { head: `Planned force: ${plan.text}`, body: attribution([plan]) },
    ];
  }
  if (state === 'airlift') return [{ head: 'The airlift', body: airliftNote(data, '2022-01-07-in-1') }];
  if (state === 'guarded') {
    // The official total's note says where the force was deployed, in the CSTO secretary-general's words.
    const where = /deployed in ([^(;]+)\(Zas\)/.exec(total(data, 'official-2030').notes ?? '');
    return where ? [{ head: 'Where the force was deployed', body: `${where[1]!.trim()}, according to the CSTO's Zas` }] : [];
  }
  if (state === 'withdrawal') {
    const smaller = keyEvent(data, '2022-01-14-2');
    const last = keyEvent(data, '2022-01-19-2');
    return [{ head: `Withdrawal, ${periodLabel(data, state)}`, body: `${formatShortDate(smaller.date)}: ${plain(smaller.details ?? '').replace(/\.$/, '')}. ${formatShortDate(last.date)}: ${firstClause(last.details ?? '')}` }];
  }
  return [];
}

/** The notes as wrapped text marks inside `box`, keyed under `key`. */
export function noteMarks(key: string, notes: MapNote[], frame: Frame, box: Box): Mark[] {
  const size = frame.fontSize - 2;
  const lh = size + 2.5;
  const marks: Mark[] = [];
  let y = box.y + size;
  notes.forEach((n, i) => {
    for (const [j, l] of wrapText(n.head, box.width, size, true).entries()) {
      marks.push(text(textKey(`${key}-${i}-head-${j}`, l), 'troop-note is-bold', box.x, y, size, l));
      y += lh;
    }
    for (const [j, l] of wrapText(n.body, box.width, size).entries()) {
      marks.push(text(textKey(`${key}-${i}-body-${j}`, l), 'troop-note', box.x, y, size, l));
      y += lh;
    }
    y += 4;
  });
  return marks;
}

/**
 * The backdrop of a block of notes, drawn over the base map but under the routes and places: the halos break a
 * border only around each letter, so a border running through a note still showed between its words.
 */
export function notesBackdrop(key: string, notes: Mark[]): Mark[] {
  const boxes = notes.map(textBox).map((b) => ({ x0: b.x, y0: b.y, x1: b.x + b.width, y1: b.y + b.height }));
  return noteBackdrop(key, 'troop-note-backdrop', boxes, 4);
}
