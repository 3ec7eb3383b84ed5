// @ts-check
/*
 * @fontsource ships each face as whole scripts (Latin, Latin Extended, Cyrillic, ...), and the sources list, with
 * titles in Russian and Kazakh, makes a browser fetch several of them. After the build, each font file is cut down
 * to the characters the built site can show (its pages, scripts and styles), which keeps every glyph a reader sees
 * and drops the rest. A cut file gets a new hashed name, and the stylesheets and pages that named the old one are
 * rewritten, so a long-cached copy of an older cut can never miss a glyph the new text needs.
 */
import { createHash } from 'node:crypto';
import { readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import subsetFont from 'subset-font';
import { filesUnder } from './filesUnder.mjs';

const FONT = /\.(woff2?)$/;
const TEXT = /\.(html|js|css)$/;
// A font file as Vite names it: the face, a dot, an eight-character content hash, the extension.
const HASHED = /^(.*)\.[\w-]{8}\.(woff2?)$/;

/**
 * Every character a string can put on screen: its own, and those its numeric HTML entities stand for.
 * @param {string} text
 */
export function charactersOf(text) {
  const chars = new Set(text);
  for (const [, hex, dec] of text.matchAll(/&#(?:x([\da-f]+)|(\d+));/gi)) chars.add(String.fromCodePoint(hex ? parseInt(hex, 16) : Number(dec)));
  return chars;
}

/** The characters any font cut keeps whatever the text: printable ASCII and the no-break space. */
export const BASE_CHARACTERS = ' !"#$%&\'()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\\]^_`abcdefghijklmnopqrstuvwxyz{|}~\u00a0';

/**
 * `face.OLDHASH.woff2` renamed for its new content.
 * @param {string} name
 * @param {Uint8Array} content
 */
export function renamedFor(name, content) {
  const m = name.match(HASHED);
  if (!m) throw new Error(`subset-fonts: ${name} is not a hashed font file name (face.hash.woff2)`);
  return `${m[1]}.${createHash('sha256').update(content).digest('base64url').slice(0, 8)}.${m[2]}`;
}

/** @returns {import('astro').AstroIntegration} */
export function subsetFonts() {
  return {
    name: 'subset-fonts',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const files = await filesUnder(root);
        const texts = files.filter((f) => TEXT.test(f));
        const chars = new Set(BASE_CHARACTERS);
        for (const f of texts) for (const c of charactersOf(await readFile(f, 'utf8'))) chars.add(c);
        const text = [...chars].join('');
        const renames = new Map();
        let before = 0;
        let after = 0;
        for (const f of files.filter((file) => FONT.test(file))) {
          const original = await readFile(f);
          const format = /** @type {'woff' | 'woff2'} */ (f.match(FONT)?.[1]);
          const cut = await subsetFont(original, text, { targetFormat: format });
          const name = f.slice(f.lastIndexOf('/') + 1);
          const next = renamedFor(name, cut);
          await writeFile(f, cut);
          await rename(f, join(f, '..', next));
          renames.set(name, next);
          if (format === 'woff2') {
            before += original.length;
            after += cut.length;
          }
        }
        if (!renames.size) return;
        for (const f of texts) {
          const source = await readFile(f, 'utf8');
          let out = source;
          for (const [from, to] of renames) out = out.replaceAll(from, to);
          if (out !== source) await writeFile(f, out);
        }
        logger.info(`${renames.size} font files cut to ${chars.size} characters: WOFF2 ${Math.round(before / 1024)} KiB -> ${Math.round(after / 1024)} KiB`);
      },
    },
  };
}
