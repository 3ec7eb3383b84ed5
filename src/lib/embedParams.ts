import { embedFragments } from './embedUrls';

/** The colour scheme an embed is asked for; 'auto' follows the reader's system setting. */
export type EmbedTheme = 'light' | 'dark' | 'auto';

/** How an embed was asked to look, read from its URL query. */
export interface EmbedParams {
  /** One state to show as a still figure; null for the step-through over every state. */
  step: string | null;
  /** No controls and no motion. */
  static: boolean;
  /** No header or footer: the host page gives the context. */
  plain: boolean;
  theme: EmbedTheme;
  /** The pym.js container id on the host page; null when the host is not pym.js. */
  childId: string | null;
}

/** What an embed shows when its URL asks for nothing, or asks for something it cannot give. */
export const defaultEmbedParams: Readonly<EmbedParams> = Object.freeze({ step: null, static: false, plain: false, theme: 'auto', childId: null });

const TRUE = new Set(['1', 'true', 'yes', 'on']);
const FALSE = new Set(['0', 'false', 'no', 'off']);
const THEMES: readonly string[] = ['light', 'dark', 'auto'];
// pym.js ids end up inside "xPYMx"-separated messages: anything that could break that framing is refused.
const CHILD_ID = /^[\w.:-]{1,100}$/;

function flag(value: string | null, fallback: boolean): boolean {
  const v = value?.trim().toLowerCase() ?? '';
  if (TRUE.has(v)) return true;
  if (FALSE.has(v)) return false;
  return fallback;
}

/**
 * Reads an embed's query string (`?step=jan-05&plain=1`) and fragment (`#plain-dark`, see embedFragments). Pure: an
 * unknown state, a malformed flag or theme, or an unsafe childId becomes that parameter's default, so no URL can
 * break the page. The fragment is what the page's CSS has already applied, so its theme wins over the query's.
 */
export function parseEmbedParams(query: string | URLSearchParams, states: readonly string[], hash = ''): EmbedParams {
  const q = typeof query === 'string' ? new URLSearchParams(query) : query;
  const step = q.get('step')?.trim().toLowerCase() ?? '';
  const theme = q.get('theme')?.trim().toLowerCase() ?? '';
  const childId = q.get('childId')?.trim() ?? '';
  const fragment = hash.replace(/^#/, '');
  const named = (embedFragments as readonly string[]).includes(fragment) ? fragment.split('-') : [];
  const fragmentTheme = named.find((w) => w === 'light' || w === 'dark');
  return {
    step: states.includes(step) ? step : defaultEmbedParams.step,
    static: flag(q.get('static'), defaultEmbedParams.static),
    plain: named.includes('plain') || flag(q.get('plain'), defaultEmbedParams.plain),
    theme: fragmentTheme ?? (THEMES.includes(theme) ? (theme as EmbedTheme) : defaultEmbedParams.theme),
    childId: CHILD_ID.test(childId) && !childId.includes('xPYMx') ? childId : defaultEmbedParams.childId,
  };
}
