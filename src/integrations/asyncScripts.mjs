// @ts-check
/*
 * A browser applies a URL fragment's :target when the document has finished parsing, and a module script (deferred
 * by default) holds that moment back until it has been fetched and run. On a page whose options come from the
 * fragment (an embed's `#plain`, `#dark`), the first paint would then lack them and the page would move when they
 * arrive. Astro writes every bundled script as a deferred module; this step marks the scripts of the pages it is
 * given `async`, so parsing ends without them. Only for pages whose scripts need no part of the document to be
 * parsed when they run.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';

const MODULE_SCRIPT = /<script type="module" src=/g;

/**
 * The page with each of its external module scripts marked async.
 * @param {string} html
 */
export function withAsyncScripts(html) {
  return html.replace(MODULE_SCRIPT, '<script type="module" async src=');
}

/**
 * @param {(pathname: string) => boolean} pages which built pages (by pathname, as Astro gives it: `embed/x/`) to mark
 * @returns {import('astro').AstroIntegration}
 */
export function asyncScripts(pages) {
  return {
    name: 'async-scripts',
    hooks: {
      'astro:build:done': async ({ dir, pages: built }) => {
        const root = fileURLToPath(dir);
        const chosen = built.filter(({ pathname }) => pages(pathname));
        if (chosen.length === 0) throw new Error('async-scripts: no built page matches; was a route renamed?');
        for (const { pathname } of chosen) {
          const file = `${root}${pathname.replace(/\/?$/, '/')}index.html`;
          const html = await readFile(file, 'utf8');
          const marked = withAsyncScripts(html);
          if (marked === html) throw new Error(`async-scripts: ${file} has no module script to mark`);
          await writeFile(file, marked);
        }
      },
    },
  };
}
