import { builtPages } from './builtPages';

/** A page the browser tests visit, and what kind it is. */
export interface SitePage {
  path: string;
  kind: 'story' | 'static' | 'embed' | 'gallery' | 'other';
}

const kindOf = (path: string): SitePage['kind'] =>
  path === '/' ? 'story' : path === '/embed/' ? 'gallery' : path.startsWith('/embed/') ? 'embed' : /^\/(static|print|plain)/.test(path) ? 'static' : 'other';

/** A graphic's step-through page (`/embed/<graphic>/`), the one embed page that reads a query. */
const isStepThrough = (path: string) => /^\/embed\/[^/]+\/$/.test(path);

/** Every built page, plus each step-through's `static=1` variant: what the locked-down and accessibility gates visit. */
export function sitePages(): SitePage[] {
  return builtPages().flatMap(({ path }) => {
    const kind = kindOf(path);
    const page: SitePage = { path, kind };
    return kind === 'embed' && isStepThrough(path) ? [page, { path: `${path}?static=1`, kind }] : [page];
  });
}
