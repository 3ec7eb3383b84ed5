// The budgets from the project's performance goals: what `npm run bench` fails on.

/** Limits per kind of page and preset, on the median of the runs: [figure, 'max' | 'min', limit]. */
export const LIGHTHOUSE_BUDGETS = {
  story: {
    mobile: [
      ['performance', 'min', 100], ['accessibility', 'min', 100], ['bestPractices', 'min', 100], ['seo', 'min', 100],
      ['lcpMs', 'max', 1500], ['tbtMs', 'max', 50], ['cls', 'max', 0], ['jsKiB', 'max', 60], ['totalKiB', 'max', 300],
      ['thirdParty', 'max', 0],
    ],
    desktop: [['thirdParty', 'max', 0]],
  },
  embed: { mobile: [['jsKiB', 'max', 25], ['thirdParty', 'max', 0]], desktop: [['jsKiB', 'max', 25], ['thirdParty', 'max', 0]] },
  // A step's snippet: its first paint is the state and options it was asked for, so nothing may move after it; its
  // one script only applies the options and reports the height.
  embedStep: {
    mobile: [['jsKiB', 'max', 5], ['cls', 'max', 0], ['thirdParty', 'max', 0]],
    desktop: [['jsKiB', 'max', 5], ['cls', 'max', 0], ['thirdParty', 'max', 0]],
  },
  embedStatic: { mobile: [['jsKiB', 'max', 0], ['thirdParty', 'max', 0]], desktop: [['jsKiB', 'max', 0], ['thirdParty', 'max', 0]] },
};

/** Limits on each scroll of the probe (its median run): no long task, no frame gap over 50 ms, and the fling reaches the end. */
export const PROBE_BUDGETS = [['longTasks', 'max', 0], ['longestFrameGapMs', 'max', 50]];

const check = (where, value, [figure, kind, limit]) => ({
  where, figure, value, limit, kind,
  ok: value != null && (kind === 'max' ? value <= limit : value >= limit),
});

/** Every budget checked against the results: one verdict per budget. */
export function checkBudgets({ lighthouse, probe }) {
  const verdicts = [];
  for (const r of lighthouse) {
    for (const b of LIGHTHOUSE_BUDGETS[r.kind]?.[r.preset] ?? []) verdicts.push(check(`${r.label} ${r.preset}`, r.median[b[0]], b));
  }
  if (probe) {
    for (const phase of ['steps', 'fling']) {
      for (const b of PROBE_BUDGETS) verdicts.push(check(`scroll ${phase}`, probe.median[phase][b[0]], b));
    }
    verdicts.push({ where: 'scroll fling', figure: 'reachedEnd', value: probe.median.fling.reachedEnd, limit: true, kind: 'is', ok: probe.median.fling.reachedEnd === true });
  }
  return verdicts;
}
