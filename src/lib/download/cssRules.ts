/** One top-level style rule: its selector list and declarations. */
export interface CssRule {
  selector: string;
  body: string;
}

/**
 * The plain style rules of a stylesheet, in order, with comments removed and at-rules (@media, @font-face,
 * @supports…) dropped whole: what applies to a light, screen rendering with no context around it.
 */
export function topLevelRules(css: string): CssRule[] {
  const text = css.replace(/\/\*[\s\S]*?\*\//g, '');
  const rules: CssRule[] = [];
  let i = 0;
  while (i < text.length) {
    const open = text.indexOf('{', i);
    if (open < 0) break;
    const prelude = text.slice(i, open).trim();
    let depth = 1;
    let j = open + 1;
    for (; j < text.length && depth > 0; j++) {
      if (text[j] === '{') depth++;
      else if (text[j] === '}') depth--;
    }
    if (!prelude.startsWith('@')) rules.push({ selector: prelude, body: text.slice(open + 1, j - 1).trim() });
    i = j;
  }
  return rules;
}

/** The custom properties declared in a rule body: `--ink: #1d1d1f` -> ['--ink', '#1d1d1f']. */
export function customProperties(body: string): Map<string, string> {
  const props = new Map<string, string>();
  for (const m of body.matchAll(/(--[\w-]+)\s*:\s*([^;]+)/g)) props.set(m[1]!, m[2]!.trim());
  return props;
}

/** `var(--x)` and `var(--x, fallback)` replaced by values from `props`, nested references included. */
export function resolveVars(text: string, props: Map<string, string>): string {
  const pattern = /var\(\s*(--[\w-]+)\s*(?:,\s*([^()]*(?:\([^()]*\)[^()]*)*))?\)/g;
  let out = text;
  for (let pass = 0; pass < 8 && out.includes('var('); pass++) {
    out = out.replace(pattern, (whole, name: string, fallback?: string) => props.get(name) ?? fallback?.trim() ?? whole);
  }
  return out;
}
