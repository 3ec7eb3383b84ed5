/** The three ways to read the story. */
export const readingModes = ['scroll', 'step', 'plain'] as const;
export type ReadingMode = (typeof readingModes)[number];

/** The URL parameter and the local-storage key that keep the reader's choice. */
export const MODE_PARAM = 'mode';
export const MODE_STORAGE_KEY = 'kz2022:reading-mode';

/** Whether `v` names a reading mode. */
export function isReadingMode(v: unknown): v is ReadingMode {
  return typeof v === 'string' && (readingModes as readonly string[]).includes(v);
}

/** What the page knows when it opens: the URL parameter, the stored choice and the motion preference. */
export interface ModeInputs {
  param: string | null;
  stored: string | null;
  reducedMotion: boolean;
}

/**
 * The mode to open in: the URL parameter, else the stored choice, else step-through for readers who asked for
 * reduced motion and the scroll story for everyone else. An unknown value is ignored.
 */
export function initialMode({ param, stored, reducedMotion }: ModeInputs): ReadingMode {
  if (isReadingMode(param)) return param;
  if (isReadingMode(stored)) return stored;
  return reducedMotion ? 'step' : 'scroll';
}

/** The stored choice, or null where storage is unavailable (private modes, sandboxed frames). */
export function readStoredMode(storage: () => Storage = () => localStorage): string | null {
  try {
    return storage().getItem(MODE_STORAGE_KEY);
  } catch {
    return null;
  }
}

/** Keeps the reader's choice; silently does nothing where storage is unavailable. */
export function storeMode(mode: ReadingMode, storage: () => Storage = () => localStorage): void {
  try {
    storage().setItem(MODE_STORAGE_KEY, mode);
  } catch {
    // Storage can be full or blocked; the URL parameter still carries the choice.
  }
}
