// @ts-check
/*
 * Astro bundles a page's scripts together with every other page's, and a module two entries share becomes a chunk
 * of its own: one more request for each page that loads it. A step page's script shares its few functions with the
 * step-through's, whose budget (25 KiB of script transferred) that request's headers would break. So the step
 * page's script is bundled on its own, as one file at a fixed address the page names (like the embed loader), and
 * loaded `async`: a browser applies a URL fragment's :target (an embed's #plain, #dark) when the document has been
 * parsed, which a deferred script would hold back past the first paint.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'rolldown';

/**
 * `entry` bundled into one minified ES module, with everything it imports.
 * @param {string} entry
 */
export async function bundle(entry) {
  // ES2022 (class private fields) runs in every browser Vite's own build targets.
  const { output } = await build({ input: entry, write: false, transform: { target: 'es2022' }, output: { format: 'es', minify: true }, logLevel: 'warn' });
  if (output.length !== 1) throw new Error(`standalone-script: ${entry} split into ${output.length} files; it must be one`);
  return output[0].code;
}

/**
 * Serves `entry`, bundled, at `path` (`/embed/step.js`): written into the build, and bundled on request in dev.
 * @param {{ entry: string, path: string }} options
 * @returns {import('astro').AstroIntegration}
 */
export function standaloneScript({ entry, path }) {
  // `entry` is named from the project's root, wherever the build is started from.
  let source = entry;
  return {
    name: 'standalone-script',
    hooks: {
      'astro:config:done': ({ config }) => {
        source = fileURLToPath(new URL(entry, config.root));
      },
      'astro:server:setup': ({ server }) => {
        server.middlewares.use((req, res, next) => {
          if (req.url?.split('?')[0] !== path) return next();
          bundle(source).then(
            (code) => res.setHeader('Content-Type', 'text/javascript; charset=utf-8').end(code),
            (error) => next(error),
          );
        });
      },
      'astro:build:done': async ({ dir, logger }) => {
        const file = join(fileURLToPath(dir), path);
        const code = await bundle(source);
        await mkdir(dirname(file), { recursive: true });
        await writeFile(file, code);
        logger.info(`${path}: ${code.length} bytes, from ${entry}`);
      },
    },
  };
}
