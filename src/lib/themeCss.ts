import { embedFragments } from './embedUrls';

const declarations = (block: string): Map<string, string> =>
  new Map([...block.matchAll(/(--[\w-]+)\s*:\s*([^;]+);/g)].map((m) => [m[1]!, m[2]!.trim()]));

const body = (props: Map<string, string>, scheme: string) =>
  `{color-scheme:${scheme};${[...props].map(([k, v]) => `${k}:${v}`).join(';')}}`;

/**
 * CSS that forces tokens.css's light or dark colours whatever the reader's system setting: on
 * `html[data-theme=light|dark]` (set by an embed's script) and, before or without any script, when an embed page's
 * URL fragment names the theme (`#dark`, `#plain-dark`). Generated from tokens.css, so the two never drift.
 * Dark is for screens only, as in tokens.css: paper always gets the light colours.
 */
export function forcedThemeCss(tokensCss: string): string {
  const css = tokensCss.replace(/\/\*[\s\S]*?\*\//g, '');
  const media = /@media[^{]*\(prefers-color-scheme:\s*dark\)[^{]*\{\s*:root\s*\{([^}]*)\}/.exec(css);
  const light = /:root\s*\{([^}]*)\}/.exec(css);
  if (!media || !light) throw new Error('tokens.css: expected a :root block and a prefers-color-scheme: dark :root block');
  const dark = declarations(media[1]!);
  const all = declarations(light[1]!);
  // Only what the dark block changes needs restoring for a forced light theme.
  const lightBack = new Map([...dark.keys()].filter((k) => all.has(k)).map((k) => [k, all.get(k)!]));
  const rules = (theme: 'light' | 'dark', props: Map<string, string>) => {
    const targets = embedFragments.filter((f) => f.endsWith(theme)).map((f) => `#${f}:target`);
    // Separate rules: a browser without :has() drops only the second.
    return [`:root[data-theme='${theme}']${body(props, theme)}`, `:root:has(${targets.join(',')})${body(props, theme)}`];
  };
  return [...rules('light', lightBack), '@media screen {', ...rules('dark', dark), '}'].join('\n');
}
