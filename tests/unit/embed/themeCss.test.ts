import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { forcedThemeCss } from '../../../src/lib/themeCss';

const tokens = readFileSync('src/styles/tokens.css', 'utf8');
const darkBlock = /@media[^{]*\(prefers-color-scheme:\s*dark\)[^{]*\{\s*:root\s*\{([^}]*)\}/.exec(tokens)![1]!;
const darkNames = [...darkBlock.matchAll(/(--[\w-]+)\s*:/g)].map((m) => m[1]!);

describe('forcedThemeCss', () => {
  const css = forcedThemeCss(tokens);
  const rule = (selector: string) => css.split('\n').find((l) => l.startsWith(selector)) ?? '';

  it('forces every colour the dark scheme changes, both ways', () => {
    expect(darkNames.length).toBeGreaterThan(10);
    for (const theme of ['light', 'dark']) {
      const body = rule(`:root[data-theme='${theme}']`);
      expect(body).toContain(`color-scheme:${theme}`);
      for (const name of darkNames) expect(body).toContain(`${name}:`);
    }
  });

  it('takes the values from tokens.css', () => {
    expect(rule(":root[data-theme='light']")).toContain('--paper:#fbfaf7');
    expect(rule(":root[data-theme='dark']")).toContain('--paper:#161618');
  });

  it('forces dark on screens only', () => {
    expect(css.slice(css.indexOf('@media screen {'))).toContain(":root[data-theme='dark']");
    expect(css.indexOf(":root[data-theme='light']")).toBeLessThan(css.indexOf('@media screen {'));
  });

  it('answers a still page’s fragment in rules of their own, so a browser without :has() loses only those', () => {
    expect(rule(':root:has(#dark:target,#plain-dark:target)')).toContain('--paper:#161618');
    expect(rule(':root:has(#light:target,#plain-light:target)')).toContain('--paper:#fbfaf7');
  });

  it('finds the dark block whatever media it is limited to', () => {
    const screenOnly = tokens.replace(/@media\s*\(prefers-color-scheme/, '@media screen and (prefers-color-scheme');
    expect(forcedThemeCss(screenOnly)).toBe(css);
  });

  it('fails loudly when tokens.css loses its shape', () => {
    expect(() => forcedThemeCss(':root { --ink: #000; }')).toThrow(/tokens.css/);
  });
});
