import type { Scene } from '../scene';
import { customProperties, resolveColorMix, resolveVars, topLevelRules } from './cssRules';

/** The light theme's tokens: the top-level `:root` rules of tokens.css (the dark theme sits inside @media). */
export function lightTokens(tokensCss: string): Map<string, string> {
  const tokens = new Map<string, string>();
  for (const rule of topLevelRules(tokensCss)) {
    if (rule.selector.split(',').some((s) => s.trim() === ':root')) for (const [k, v] of customProperties(rule.body)) tokens.set(k, v);
  }
  return tokens;
}

/** Every class name a scene's marks and symbols use. */
export function sceneClasses(scene: Scene): Set<string> {
  const marks = [...scene.marks, ...(scene.symbols ?? []).flatMap((s) => s.marks)];
  return new Set(marks.flatMap((m) => (m.className ?? '').split(/\s+/).filter(Boolean)));
}

const classesIn = (selector: string) => [...selector.matchAll(/\.(-?[_a-zA-Z][\w-]*)/g)].map((m) => m[1]!);

/**
 * The body of a <style> for a standalone SVG: the rules of `sheets` that style the given classes, with every
 * token replaced by its light value and every colour mix computed (files have no page stylesheet, and resvg
 * reads neither custom properties nor color-mix),
 * followed by `extra` rules (which may use tokens too).
 */
export function standaloneStyle(sheets: string[], tokens: Map<string, string>, classes: Set<string>, extra = ''): string {
  const kept = sheets
    .flatMap(topLevelRules)
    .filter((r) => classesIn(r.selector).some((c) => classes.has(c)))
    .filter((r) => !r.selector.includes(':global') && !r.selector.includes(':root'));
  const text = [...kept.map((r) => `${r.selector}{${r.body}}`), ...topLevelRules(extra).map((r) => `${r.selector}{${r.body}}`)].join('\n');
  return resolveColorMix(resolveVars(text, tokens)).replace(/\s+/g, ' ').replace(/\} /g, '}\n');
}
