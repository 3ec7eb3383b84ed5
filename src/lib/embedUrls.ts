import type { EmbedTheme } from './embedParams';

/** What an embedder asks for: a graphic, optionally one state of it, and how it should look. */
export interface EmbedRequest {
  graphic: string;
  step?: string | null;
  static?: boolean;
  plain?: boolean;
  theme?: EmbedTheme;
}

/** The step-through page of a graphic. */
export const embedPath = (graphic: string): string => `/embed/${graphic}/`;

/** The page of one state that sizes its frame to fit (its script reports its height): what a step's snippet loads. */
export const stepPath = (graphic: string, state: string): string => `/embed/${graphic}/step/${state}/`;

/** The script-free still page of one state: what `static=1` loads, since a static site cannot read a query without script. */
export const stillPath = (graphic: string, state: string): string => `/embed/${graphic}/${state}/`;

/**
 * The ids every embed page answers to as its URL fragment (`#plain-dark`): the page's CSS reads them with `:target`,
 * which Chromium sets when the document has been parsed; the scripted pages' fragment script (embedFragmentScript)
 * applies them before their body is parsed, so those have the header dropped and the colours fixed from their first
 * paint, and a still page, which has no script, nearly always (README, Embedding). A query only a script can read,
 * and that runs after the first paint on a slow phone.
 */
export const embedFragments = ['plain', 'light', 'dark', 'plain-light', 'plain-dark'] as const;

/** The fragment for `plain` and `theme`, or '' for the defaults. */
export function embedFragment(plain = false, theme: EmbedTheme = 'auto'): string {
  return [plain ? 'plain' : '', theme === 'auto' ? '' : theme].filter(Boolean).join('-');
}

/**
 * The address an iframe should load for a request: the still page of the state for a static embed (of the first
 * state when none or an unknown one is named), else the step page of the state or the step-through of every state;
 * plain and theme as a fragment, which the page applies from its first paint (a still page nearly always).
 */
export function embedUrl(site: string | URL, req: EmbedRequest, states: readonly string[]): string {
  const step = req.step && states.includes(req.step) ? req.step : null;
  const path = req.static ? stillPath(req.graphic, step ?? states[0] ?? '') : step ? stepPath(req.graphic, step) : embedPath(req.graphic);
  const url = new URL(path, site);
  url.hash = embedFragment(req.plain, req.theme);
  return url.href;
}
