// @ts-check
/*
 * The pages carry their stylesheets inline, so the first paint waits for no second request. The policy allows each
 * inline stylesheet by its hash. Astro hashes them while it renders, but the font cut renames the font files and so
 * rewrites the `url()`s inside them afterwards, which would leave every page with hashes of text it no longer has.
 * This step runs after the cut: it hashes the stylesheets as built and gives every page the same list (all pages'
 * stylesheets together), so the site keeps one policy that a static host can send as a header.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { cspHash } from './cspHash.mjs';
import { filesUnder } from './filesUnder.mjs';

const STYLE = /<style\b[^>]*>([\s\S]*?)<\/style>/g;
const META = /(<meta http-equiv="content-security-policy" content=")([^"]*)(")/i;

/**
 * The text of each inline stylesheet of a page, exactly as written.
 * @param {string} html
 */
export function inlineStylesheetsOf(html) {
  return [...html.matchAll(STYLE)].map(([, css]) => css ?? '');
}

/**
 * The CSP hash source of each inline stylesheet of a page, as a browser computes it (over the exact text).
 * @param {string} html
 */
export function styleHashesOf(html) {
  return inlineStylesheetsOf(html).map((css) => `'${cspHash(css)}'`);
}

/**
 * The page with its policy's style-src set to the site's own files and the given hashes (other directives kept).
 * A page without a policy is an error: the site must never ship one.
 * @param {string} html
 * @param {string[]} hashes
 * @param {string} [where] the file, for the error
 */
export function withStyleSources(html, hashes, where = 'page') {
  const m = html.match(META);
  if (!m) throw new Error(`style-hashes: ${where} has no Content-Security-Policy <meta>`);
  const directives = (m[2] ?? '').split(';').map((d) => d.trim()).filter((d) => d && !/^style-src\s/.test(d));
  const policy = `${[...directives, ["style-src 'self'", ...hashes].join(' ')].join('; ')};`;
  return html.replace(META, (_, open, _old, close) => `${open}${policy}${close}`);
}

/** @returns {import('astro').AstroIntegration} */
export function styleHashes() {
  return {
    name: 'style-hashes',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const files = (await filesUnder(fileURLToPath(dir))).filter((f) => f.endsWith('.html'));
        const pages = await Promise.all(files.map(async (file) => ({ file, html: await readFile(file, 'utf8') })));
        const hashes = [...new Set(pages.flatMap(({ html }) => styleHashesOf(html)))].sort();
        await Promise.all(pages.map(({ file, html }) => writeFile(file, withStyleSources(html, hashes, file))));
        logger.info(`${hashes.length} inline stylesheets allowed by hash on ${pages.length} pages`);
      },
    },
  };
}
