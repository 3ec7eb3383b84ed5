import type { EmbedTheme } from './embedParams';

/** What an embedder asks for: a graphic, optionally one state of it, and how it should look. */
export interface EmbedRequest {
  graphic: string;
  step?: string | null;
  static?: boolean;
  plain?: boolean;
  theme?: EmbedTheme;
}

/** The step-through page of a graphic; its query string carries the parameters. */
export const embedPath = (graphic: string): string => `/embed/${graphic}/`;

/** The script-free still page of one state: what `static=1` loads, since a static site cannot read a query without script. */
export const stillPath = (graphic: string, state: string): string => `/embed/${graphic}/${state}/`;

/** The ids a still page answers to as its URL fragment (`#plain-dark`): its only way to take options without script. */
export const stillFragments = ['plain', 'light', 'dark', 'plain-light', 'plain-dark'] as const;

/**
 * The address an iframe should load for a request. Scripted embeds get the step-through page and a query
 * (only the non-default parameters); static ones the still page of the state (the first when none or an unknown
 * one is named), with plain/theme as a fragment.
 */
export function embedUrl(site: string | URL, req: EmbedRequest, states: readonly string[]): string {
  const step = req.step && states.includes(req.step) ? req.step : null;
  const theme = req.theme && req.theme !== 'auto' ? req.theme : null;
  if (req.static) {
    const fragment = [req.plain ? 'plain' : '', theme ?? ''].filter(Boolean).join('-');
    const url = new URL(stillPath(req.graphic, step ?? states[0] ?? ''), site);
    return fragment ? `${url.href}#${fragment}` : url.href;
  }
  const url = new URL(embedPath(req.graphic), site);
  if (step) url.searchParams.set('step', step);
  if (req.plain) url.searchParams.set('plain', '1');
  if (theme) url.searchParams.set('theme', theme);
  return url.href;
}
