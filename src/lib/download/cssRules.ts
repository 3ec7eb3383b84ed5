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

type Rgba = [number, number, number, number];

const parseColour = (c: string): Rgba | null => {
  const s = c.trim().toLowerCase();
  if (s === 'transparent') return [0, 0, 0, 0];
  const m = /^#([0-9a-f]{3}|[0-9a-f]{6})$/.exec(s);
  if (!m) return null;
  const hex = m[1]!.length === 3 ? [...m[1]!].map((d) => d + d).join('') : m[1]!;
  return [0, 2, 4].map((i) => parseInt(hex.slice(i, i + 2), 16)).concat(1) as Rgba;
};

/** Mixes two colours as CSS does in srgb: percentages normalised, alpha premultiplied. */
function mix(a: Rgba, pa: number, b: Rgba, pb: number): string {
  const alpha = a[3] * pa + b[3] * pb;
  const channel = (i: number) => (alpha === 0 ? 0 : Math.round((a[i]! * a[3] * pa + b[i]! * b[3] * pb) / alpha));
  return `rgba(${channel(0)}, ${channel(1)}, ${channel(2)}, ${Math.round(alpha * 1000) / 1000})`;
}

/**
 * `color-mix(in srgb, #hex p%, #hex|transparent)` computed to rgba(), for renderers that do not know color-mix
 * (resvg). Mixes of anything else are left as they are.
 */
export function resolveColorMix(text: string): string {
  return text.replace(/color-mix\(\s*in srgb\s*,\s*([^,()]+?)(?:\s+([\d.]+)%)?\s*,\s*([^,()]+?)(?:\s+([\d.]+)%)?\s*\)/g, (whole, c1: string, p1?: string, c2?: string, p2?: string) => {
    const a = parseColour(c1);
    const b = parseColour(c2 ?? '');
    if (!a || !b) return whole;
    let pa = p1 === undefined ? undefined : Number(p1) / 100;
    let pb = p2 === undefined ? undefined : Number(p2) / 100;
    pa ??= pb === undefined ? 0.5 : 1 - pb;
    pb ??= 1 - pa;
    const sum = pa + pb;
    return sum > 0 ? mix(a, pa / sum, b, pb / sum) : whole;
  });
}
