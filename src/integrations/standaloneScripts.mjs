// @ts-check
/*
 * The embed pages' scripts, each bundled on its own into one file at a fixed address the page names (like the embed
 * loader), and loaded `async`. A browser applies a URL fragment's :target (an embed's #plain, #dark) when the document
 * has been parsed, which a deferred script, as Astro writes every script it bundles, holds back past the first
 * paint. On its own, too, the step page's script shares no chunk with the step-through's: a shared chunk is one more
 * request for each, whose headers would take the step-through past its budget (25 KiB of script transferred).
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
  // ES2022 (class private fields, top-level await) runs in every browser Vite's own build targets. A dynamic import
  // is inlined: evaluated when it is reached, fetched with the rest.
  const { output } = await build({ input: entry, write: false, transform: { target: 'es2022' }, output: { format: 'es', minify: true, codeSplitting: false, comments: { legal: true, annotation: false, jsdoc: false } }, logLevel: 'warn' });
  if (output.length !== 1) throw new Error(`standalone-scripts: ${entry} split into ${output.length} files; it must be one`);
  return output[0].code;
}

/**
 * Serves each script's `entry`, bundled, at its `path` (`/embed/step.js`): written into the build, and bundled on
 * request in dev.
 * @param {{ entry: string, path: string }[]} scripts
 * @returns {import('astro').AstroIntegration}
 */
export function standaloneScripts(scripts) {
  // Entries are named from the project's root, wherever the build is started from.
  let root = new URL(`file://${process.cwd()}/`);
  const source = (/** @type {string} */ entry) => fileURLToPath(new URL(entry, root));
  return {
    name: 'standalone-scripts',
    hooks: {
      'astro:config:done': ({ config }) => {
        root = config.root;
      },
      'astro:server:setup': ({ server }) => {
        server.middlewares.use((req, res, next) => {
          const script = scripts.find((s) => s.path === req.url?.split('?')[0]);
          if (!script) return next();
          bundle(source(script.entry)).then(
            (code) => res.setHeader('Content-Type', 'text/javascript; charset=utf-8').end(code),
            (error) => next(error),
          );
        });
      },
      'astro:build:done': async ({ dir, logger }) => {
        for (const { entry, path } of scripts) {
          const file = join(fileURLToPath(dir), path);
          const code = await bundle(source(entry));
          await mkdir(dirname(file), { recursive: true });
          await writeFile(file, code);
          logger.info(`${path}: ${code.length} bytes, from ${entry}`);
        }
      },
    },
  };
}
