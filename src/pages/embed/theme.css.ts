import type { APIRoute } from 'astro';
import tokensCss from '../../styles/tokens.css?raw';
import { forcedThemeCss } from '../../lib/themeCss';

/** /embed/theme.css: the forced light and dark themes, a file of its own so no page needs an inline style. */
export const GET: APIRoute = () => new Response(forcedThemeCss(tokensCss), { headers: { 'content-type': 'text/css; charset=utf-8' } });
