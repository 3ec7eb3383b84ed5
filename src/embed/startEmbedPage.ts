import { parseEmbedParams, type EmbedParams } from '../lib/embedParams';
import { HeightReporter } from './heightReporter';

/**
 * What every scripted embed page does first: applies the theme and plain its URL asks for (a fragment the CSS has
 * applied already, or will when the document is parsed; a query only a script can read), again whenever the host
 * changes the fragment, and starts reporting its height to the host page. `still` says whether the URL asks the page
 * for a still (the step-through's `?step=`), marked before the first height is sent so that height is the still's.
 */
export function startEmbedPage(states: readonly string[], still: (params: EmbedParams) => boolean = () => false): { params: EmbedParams; reporter: HeightReporter } {
  const root = document.documentElement;
  const apply = (): EmbedParams => {
    const params = parseEmbedParams(location.search, states, location.hash);
    root.dataset.theme = params.theme;
    root.toggleAttribute('data-plain', params.plain);
    return params;
  };
  const params = apply();
  window.addEventListener('hashchange', apply);
  root.toggleAttribute('data-still', still(params));
  const reporter = new HeightReporter({ childId: params.childId, src: location.href });
  reporter.start();
  return { params, reporter };
}
