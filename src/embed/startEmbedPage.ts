import { parseEmbedParams, type EmbedParams } from '../lib/embedParams';
import { HeightReporter } from './heightReporter';

/**
 * What every scripted embed page does first: applies the theme and plain its URL asks for (a fragment the CSS has
 * applied already; a query only a script can read) and starts reporting its height to the host page.
 */
export function startEmbedPage(states: readonly string[]): { params: EmbedParams; reporter: HeightReporter } {
  const params = parseEmbedParams(location.search, states, location.hash);
  const root = document.documentElement;
  root.dataset.theme = params.theme;
  root.toggleAttribute('data-plain', params.plain);
  const reporter = new HeightReporter({ childId: params.childId, src: location.href });
  reporter.start();
  return { params, reporter };
}
