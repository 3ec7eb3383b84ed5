import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

export const DIST = 'dist';

/** A built HTML page: its file under dist/ and the URL path it is served at. */
export interface BuiltPage {
  file: string;
  path: string;
}

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? walk(p) : [p];
  });
}

/** Every HTML page in dist/, with its URL path ('/', '/embed/unrest-map/', '/404.html'). */
export function builtPages(dist = DIST): BuiltPage[] {
  if (!existsSync(join(dist, 'index.html'))) throw new Error(`${dist}/index.html is missing: run \`npm run build\` first`);
  return walk(dist)
    .filter((f) => f.endsWith('.html'))
    .sort()
    .map((file) => {
      const rel = relative(dist, file).split(sep).join('/');
      const path = rel === 'index.html' ? '/' : rel.endsWith('/index.html') ? `/${rel.slice(0, -'index.html'.length)}` : `/${rel}`;
      return { file, path };
    });
}

/** The dist/ file a URL path is served from (directory URLs serve their index.html), or undefined. */
export function fileForPath(path: string, dist = DIST): string | undefined {
  const clean = decodeURIComponent(path.split(/[?#]/)[0]!);
  const candidates = clean.endsWith('/') ? [`${clean}index.html`] : [clean, `${clean}/index.html`];
  return candidates.map((c) => join(dist, c)).find((f) => existsSync(f) && statSync(f).isFile());
}

/** The HTML of a built page. */
export const readPage = (page: BuiltPage): string => readFileSync(page.file, 'utf8');
