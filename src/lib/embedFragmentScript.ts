import { defaultEmbedParams, parseEmbedParams } from './embedParams';
import { embedFragments } from './embedUrls';

/** What each fragment an embed page answers to asks for: [plain, theme], as parseEmbedParams reads it. */
const fragmentOptions = Object.fromEntries(
  embedFragments.map((f) => {
    const p = parseEmbedParams('', [], `#${f}`);
    return [f, [p.plain, p.theme]];
  }),
);
/** What no fragment, or one the page does not know, asks for. */
const noOptions = [defaultEmbedParams.plain, defaultEmbedParams.theme];

/**
 * A script for a scripted embed page's <head>: it marks the root with the plain and theme its URL fragment names
 * (data-plain, data-theme, the attributes the page's own script sets later) before the body is parsed, and again when
 * the fragment changes. The page's CSS also reads the fragment through `:target`, but Chromium sets that only once the
 * document is parsed, and now and then paints a long page before then: the header would show in that frame and then
 * collapse. An unknown fragment, or none, marks nothing. Should the page's own script fail to load, a host's change of
 * fragment is still followed (that script, when it runs, listens after this one and so has the last word, with the
 * query's options as well). Written for any browser that runs scripts at all, since it runs before the rest. The
 * policy allows it by its hash (astro.config.mjs).
 */
export const embedFragmentScript =
  `(function(){var o=${JSON.stringify(fragmentOptions)},r=document.documentElement;` +
  `function a(){var f=location.hash.slice(1),p=Object.prototype.hasOwnProperty.call(o,f)?o[f]:${JSON.stringify(noOptions)};` +
  `if(p[0])r.setAttribute('data-plain','');else r.removeAttribute('data-plain');` +
  `if(p[1]!=='auto')r.setAttribute('data-theme',p[1]);else r.removeAttribute('data-theme')}` +
  `a();addEventListener('hashchange',a)})()`;
