import { describe, expect, test } from 'vitest';
import { contrastRatio } from '../../support/contrastRatio';
import { readTokens } from '../../support/readTokens';

// WCAG 2.2: text 4.5:1 (1.4.3), marks and focus rings 3:1 (1.4.11) against what they sit on.
const TEXT = 4.5;
const MARK = 3;
const paper = ['paper', 'paper-raised'];
const map = ['map-home', 'map-neighbour', 'map-water'];
const marks = ['unrest', 'unrest-strong', 'troops', 'troops-strong', 'deaths', 'calm', 'disputed'];
// Kinds of event on the unrest map: every --kind-* token, so a new kind is checked without editing this list.
const kinds = Object.keys(readTokens().light).filter((t) => t.startsWith('kind-'));

const pairs: { fg: string; bg: string; min: number }[] = [
  ...['ink', 'ink-muted', 'link'].flatMap((fg) => paper.map((bg) => ({ fg, bg, min: TEXT }))),
  ...paper.map((bg) => ({ fg: 'focus', bg, min: MARK })),
  // Place names are text drawn on the map.
  ...[...paper, ...map].map((bg) => ({ fg: 'map-label', bg, min: TEXT })),
  // Kazakhstan's outline tells the country from its neighbours and the sea.
  { fg: 'map-water-label', bg: 'map-water', min: TEXT },
  ...['map-neighbour', 'map-water'].map((bg) => ({ fg: 'map-home-edge', bg, min: MARK })),
  ...marks.flatMap((fg) => [...paper, ...map].map((bg) => ({ fg, bg, min: MARK }))),
  ...kinds.flatMap((fg) => [...paper, ...map].map((bg) => ({ fg, bg, min: MARK }))),
];

describe.each(['light', 'dark'] as const)('%s tokens', (scheme) => {
  const tokens = readTokens()[scheme];

  test.each(pairs)('$fg on $bg reaches $min:1', ({ fg, bg, min }) => {
    expect(tokens[fg], `--${fg} is not defined`).toBeDefined();
    expect(tokens[bg], `--${bg} is not defined`).toBeDefined();
    const ratio = contrastRatio(tokens[fg]!, tokens[bg]!);
    expect(ratio, `--${fg} ${tokens[fg]} on --${bg} ${tokens[bg]}: ${ratio.toFixed(2)}:1`).toBeGreaterThanOrEqual(min);
  });
});

test('the event kinds of the unrest map are all checked', () => {
  expect(kinds.length).toBeGreaterThan(3);
});

test('the contrast formula matches WCAG reference values', () => {
  expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
  expect(contrastRatio('#777777', '#ffffff')).toBeCloseTo(4.48, 2);
  expect(contrastRatio('#fff', '#ffffff')).toBe(1);
});
