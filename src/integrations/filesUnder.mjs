// @ts-check
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';

/**
 * Every file below `dir`, at any depth: what the build steps after Astro's own rewrite in `dist/`.
 * @param {string} dir
 */
export async function filesUnder(dir) {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries.filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name));
}
