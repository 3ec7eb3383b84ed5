import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

// print.css restyles marks for paper and fonts.css only declares faces: neither belongs in a light, standalone file.
const SKIP = new Set(['print.css', 'fonts.css', 'tokens.css']);

const cssUnder = (dir: string): string[] =>
  readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.css') && !SKIP.has(f.split('/').pop()!))
    .sort()
    .map((f) => join(dir, f));

/** Every stylesheet under src that may give marks their look (graphics, base map, shared styles), and tokens.css, as text. */
export function graphicSheets(root = process.cwd()): { sheets: string[]; tokens: string } {
  const files = cssUnder(join(root, 'src'));
  return { sheets: files.map((f) => readFileSync(f, 'utf8')), tokens: readFileSync(join(root, 'src', 'styles', 'tokens.css'), 'utf8') };
}
