import type { Datasets } from './datasets';
import type { KeyEvent } from './schemas';

/** A key event by id; throws when the dataset lacks it, so a renamed event fails the build instead of vanishing. */
export function keyEvent(data: Datasets, id: string, namedBy: string): KeyEvent {
  const e = data.keyEvents.find((k) => k.id === id);
  if (!e) throw new Error(`key-events.json has no event "${id}" (named by ${namedBy})`);
  return e;
}
