import type { EventKind } from '../../lib/data/schemas';
import type { Shape } from './symbolPath';

/** How one kind of event is drawn and worded. */
export interface KindStyle {
  /** Legend and table wording. */
  label: string;
  /** Wording in a sentence: "buildings stormed in Almaty". */
  phrase: string;
  shape: Shape;
}

/** Every event kind in the data, each with its own shape and colour class (`kind-<kind>`), never colour alone. */
export const kindStyles: Record<EventKind, KindStyle> = {
  gunfire: { label: 'Gunfire', phrase: 'gunfire', shape: 'triangle' },
  'building-stormed': { label: 'Building stormed', phrase: 'buildings stormed', shape: 'square' },
  clashes: { label: 'Clashes', phrase: 'clashes', shape: 'diamond' },
  looting: { label: 'Looting', phrase: 'looting', shape: 'times' },
  protest: { label: 'Protest', phrase: 'protests', shape: 'circle' },
  curfew: { label: 'Emergency and curfew', phrase: 'a state of emergency and curfew', shape: 'plus' },
  other: { label: 'Other event', phrase: 'other events', shape: 'wye' },
  calm: { label: 'Calm', phrase: 'calm', shape: 'ring' },
};

// A place with several events in a day is drawn with the gravest one; the table lists them all.
/** Kinds from gravest to mildest: the order of `kindStyles`. */
export const kindOrder = Object.keys(kindStyles) as EventKind[];

/** The gravest of some kinds. */
export function gravest(kinds: EventKind[]): EventKind {
  return kinds.reduce((a, b) => (kindOrder.indexOf(b) < kindOrder.indexOf(a) ? b : a));
}
