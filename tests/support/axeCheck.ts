import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import type { AxeResults, Result } from 'axe-core';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

/** WCAG 2.2 A and AA, and axe's best practices (landmarks, headings, regions). */
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

/** The colour settings every page is checked in. */
export const COLOUR_MODES = [
  { name: 'light', media: { colorScheme: 'light', forcedColors: 'none' } },
  { name: 'dark', media: { colorScheme: 'dark', forcedColors: 'none' } },
  { name: 'forced colours', media: { colorScheme: 'light', forcedColors: 'active' } },
] as const;

const lines = (violations: Result[]) =>
  violations.flatMap((v) =>
    v.nodes.map((n) => `${v.id} (${v.impact}): ${v.help} — ${n.target.join(' ')} — ${n.failureSummary?.split('\n').slice(1, 3).join(' ').trim() ?? ''}`),
  );

/**
 * axe's violations on the whole page, frames included, one readable line per rule and element. `withoutContrast`
 * leaves out the colour-contrast rule, which scrolls every text off screen into view: on the story that drives the
 * scroll engine through every step and takes many minutes, so there contrast is checked part by part instead.
 * `exclude` leaves out parts checked elsewhere.
 */
export async function axeViolations(page: Page, { withoutContrast = false, exclude = [] as string[] } = {}): Promise<string[]> {
  // Legacy mode runs axe in place instead of finishing in a fresh tab: a third of the time on a long page.
  let builder = new AxeBuilder({ page }).withTags(AXE_TAGS).options({ resultTypes: ['violations'] }).setLegacyMode(true);
  if (withoutContrast) builder = builder.disableRules(['color-contrast']);
  for (const sel of exclude) builder = builder.exclude(sel);
  return lines((await builder.analyze()).violations);
}

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/**
 * axe's violations inside some elements only: for checking a page again after a part of it changed. axe is injected
 * once per document and reused, which keeps dozens of runs on one page quick.
 */
export async function axeViolationsIn(page: Page, include: string[]): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axeSource);
  const violations = await page.evaluate(
    async ([sel, tags]) => {
      const present = sel.filter((s) => document.querySelector(s));
      const axe = (window as unknown as { axe: { run: (c: unknown, o: unknown) => Promise<AxeResults> } }).axe;
      return (await axe.run({ include: present.map((s) => [s]) }, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] })).violations;
    },
    [include, AXE_TAGS] as const,
  );
  return lines(violations);
}
