import { readFileSync } from 'node:fs';

/** Colour tokens of one scheme: custom property name (without `--`) to hex value. */
export type Tokens = Record<string, string>;

const declarations = (block: string): Tokens =>
  Object.fromEntries([...block.matchAll(/--([\w-]+)\s*:\s*(#[0-9a-f]{3,8})\s*;/gi)].map((m) => [m[1]!, m[2]!.toLowerCase()]));

/** The light tokens (the top-level :root) and the dark ones (light overridden by the prefers-color-scheme: dark block). */
export function readTokens(file = 'src/styles/tokens.css'): { light: Tokens; dark: Tokens } {
  const css = readFileSync(file, 'utf8').replace(/\/\*[\s\S]*?\*\//g, '');
  // Whatever media the dark block is limited to (screen, for one), it is the one that names prefers-color-scheme: dark.
  const darkAt = css.search(/@media[^{]*prefers-color-scheme\s*:\s*dark[^{]*\{/);
  if (darkAt < 0) throw new Error(`${file}: no prefers-color-scheme: dark block`);
  const rootBlock = css.slice(0, darkAt).match(/:root\s*\{([^}]*)\}/)?.[1] ?? '';
  const darkBlock = css.slice(darkAt).match(/:root\s*\{([^}]*)\}/)?.[1] ?? '';
  const light = declarations(rootBlock);
  return { light, dark: { ...light, ...declarations(darkBlock) } };
}
