// The benchmark's printed table: one row per page and preset, medians with their spread over the runs.

const COLUMNS = [
  ['performance', 'Perf'], ['accessibility', 'A11y'], ['bestPractices', 'BP'], ['seo', 'SEO'],
  ['fcpMs', 'FCP ms'], ['lcpMs', 'LCP ms'], ['tbtMs', 'TBT ms'], ['cls', 'CLS'],
  ['totalKiB', 'Total KiB'], ['jsKiB', 'JS KiB'], ['cssKiB', 'CSS KiB'], ['fontKiB', 'Font KiB'], ['requests', 'Req'], ['thirdParty', '3rd'],
  ['benchmarkIndex', 'CPU idx'],
];
const PROBE_COLUMNS = [['fps', 'fps'], ['longestFrameGapMs', 'longest frame gap ms'], ['framesOver50Ms', 'gaps > 50 ms'], ['longTasks', 'long tasks'], ['longestTaskMs', 'longest task ms'], ['durationMs', 'duration ms']];

const fmt = (v) => (v == null ? '–' : typeof v === 'boolean' ? (v ? 'yes' : 'no') : Number.isInteger(v) ? String(v) : String(Math.round(v * 1000) / 1000));
/** "median" or "median (min–max)" when the runs differ. */
const cell = (r, k) => (r.min[k] === r.max[k] ? fmt(r.median[k]) : `${fmt(r.median[k])} (${fmt(r.min[k])}–${fmt(r.max[k])})`);

/** Rows of cells, padded into aligned columns (or a Markdown table). */
function layout(header, rows, markdown) {
  if (markdown) return [header, header.map(() => '---'), ...rows].map((r) => `| ${r.join(' | ')} |`).join('\n');
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (r) => r.map((c, i) => (i < 3 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ');
  return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

/** The Lighthouse figures per page and preset. */
export function lighthouseTable(results, markdown = false) {
  const header = ['page', 'preset', 'runs', ...COLUMNS.map(([, h]) => h)];
  const runs = (r) => `${r.runs.length}/${r.runs.length + (r.failures?.length ?? 0)}`;
  return layout(header, results.map((r) => [r.label, r.preset, runs(r), ...COLUMNS.map(([k]) => cell(r, k))]), markdown);
}

/** The scroll probe's figures: median run, and the worst of the runs. */
export function probeTable(probe, markdown = false) {
  const header = ['scroll', 'run', ...PROBE_COLUMNS.map(([, h]) => h)];
  const rows = ['idle', 'steps', 'fling'].filter((phase) => probe.median[phase]).flatMap((phase) => [
    [phase, 'median', ...PROBE_COLUMNS.map(([k]) => fmt(probe.median[phase][k]))],
    [phase, 'worst', ...PROBE_COLUMNS.map(([k]) => fmt(probe.worst[phase][k]))],
  ]);
  return layout(header, rows, markdown);
}

/** One line per broken budget, or a line saying all held. */
export function budgetLines(verdicts) {
  const broken = verdicts.filter((v) => !v.ok);
  if (!broken.length) return `All ${verdicts.length} budgets hold.`;
  const op = { max: '<=', min: '>=', is: '=' };
  return [`${broken.length} of ${verdicts.length} budgets broken:`, ...broken.map((v) => `  ✗ ${v.where}: ${v.figure} = ${fmt(v.value)} (budget ${op[v.kind]} ${fmt(v.limit)})`)].join('\n');
}
