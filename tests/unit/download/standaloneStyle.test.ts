import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { resolveColorMix, resolveVars, topLevelRules } from '../../../src/lib/download/cssRules';
import { lightTokens, sceneClasses, standaloneStyle } from '../../../src/lib/download/standaloneStyle';
import type { Scene } from '../../../src/lib/scene';

const tokens = new Map([
  ['--ink', '#111'],
  ['--unrest', '#c8610a'],
  ['--accent', 'var(--unrest)'],
]);

describe('topLevelRules', () => {
  it('keeps plain rules and drops at-rules whole, nested braces included', () => {
    const css = `/* a { x } */ .a { fill: red; }
      @media (prefers-color-scheme: dark) { .a { fill: blue; } }
      @supports (x: y) { @media print { .b { fill: green; } } }
      .b, .c { stroke: black }`;
    expect(topLevelRules(css)).toEqual([
      { selector: '.a', body: 'fill: red;' },
      { selector: '.b, .c', body: 'stroke: black' },
    ]);
  });
});

describe('resolveVars', () => {
  it('replaces tokens, nested tokens and fallbacks', () => {
    expect(resolveVars('fill: var(--accent); stroke: var(--missing, #222); color: var(--ink)', tokens)).toBe('fill: #c8610a; stroke: #222; color: #111');
  });

  it('keeps a fallback that is itself a function', () => {
    expect(resolveVars('fill: var(--missing, rgb(1, 2, 3))', tokens)).toBe('fill: rgb(1, 2, 3)');
  });
});

describe('resolveColorMix', () => {
  it('computes srgb mixes with transparent and between colours, as CSS does', () => {
    expect(resolveColorMix('fill: color-mix(in srgb, #2b2b2e 18%, transparent);')).toBe('fill: rgba(43, 43, 46, 0.18);');
    expect(resolveColorMix('color-mix(in srgb, #000, #fff)')).toBe('rgba(128, 128, 128, 1)');
    expect(resolveColorMix('color-mix(in srgb, #ff0000 25%, #0000ff)')).toBe('rgba(64, 0, 191, 1)');
  });

  it('leaves mixes it cannot compute alone', () => {
    expect(resolveColorMix('color-mix(in oklch, red 10%, blue)')).toBe('color-mix(in oklch, red 10%, blue)');
  });
});

describe('lightTokens', () => {
  it('reads the light theme from tokens.css, not the dark one', () => {
    const light = lightTokens(readFileSync('src/styles/tokens.css', 'utf8'));
    expect(light.get('--ink')).toBe('#1d1d1f');
    expect(light.get('--paper')).toBe('#fbfaf7');
    expect(light.get('--font-sans')).toMatch(/^'Source Sans 3'/);
  });
});

describe('standaloneStyle', () => {
  const scene: Scene = {
    width: 10,
    height: 10,
    title: 't',
    description: 'd',
    marks: [{ kind: 'circle', key: 'c', className: 'dot dot-unrest', attrs: { r: 1 } }],
    symbols: [{ id: 's', width: 10, height: 10, marks: [{ kind: 'path', key: 'p', className: 'land', attrs: { d: 'M0 0' } }] }],
  };

  it('lists the classes of marks and symbols', () => {
    expect([...sceneClasses(scene)].sort()).toEqual(['dot', 'dot-unrest', 'land']);
  });

  it('keeps only rules for the scene\'s classes, with every token resolved', () => {
    const sheet = `.dot-unrest { fill: var(--accent); } .land { fill: color-mix(in srgb, var(--ink) 50%, transparent); } .table { color: var(--ink); }
      @media print { .dot-unrest { fill: black; } } :root { --x: 1; }`;
    const style = standaloneStyle([sheet], tokens, sceneClasses(scene), '.extra { fill: var(--ink); }');
    expect(style).toContain('.dot-unrest{fill: #c8610a;}');
    expect(style).toContain('.land{fill: rgba(17, 17, 17, 0.5);}');
    expect(style).toContain('.extra{fill: #111;}');
    expect(style).not.toContain('.table');
    expect(style).not.toContain('black');
    expect(style).not.toContain('var(');
  });
});
