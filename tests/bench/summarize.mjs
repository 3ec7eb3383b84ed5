// Pure: turns Lighthouse results and probe samples into the benchmark's rows.

const score = (category) => (category?.score == null ? null : Math.round(category.score * 100));
const num = (lhr, audit) => lhr.audits[audit]?.numericValue ?? null;

/** The figures the benchmark reports from one Lighthouse result (bytes are transferred, in KiB). */
export function summarizeLhr(lhr) {
  if (lhr.runtimeError) throw new Error(`Lighthouse failed on ${lhr.requestedUrl}: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
  const origin = new URL(lhr.finalDisplayedUrl ?? lhr.requestedUrl).origin;
  const items = (lhr.audits['network-requests']?.details?.items ?? []).filter((i) => /^https?:/.test(i.url));
  const kib = (pred) => Math.round((items.filter(pred).reduce((s, i) => s + (i.transferSize ?? 0), 0) / 1024) * 10) / 10;
  return {
    performance: score(lhr.categories.performance),
    accessibility: score(lhr.categories.accessibility),
    bestPractices: score(lhr.categories['best-practices']),
    seo: score(lhr.categories.seo),
    fcpMs: Math.round(num(lhr, 'first-contentful-paint') ?? NaN),
    lcpMs: Math.round(num(lhr, 'largest-contentful-paint') ?? NaN),
    tbtMs: Math.round(num(lhr, 'total-blocking-time') ?? NaN),
    cls: Math.round((num(lhr, 'cumulative-layout-shift') ?? NaN) * 1000) / 1000,
    totalKiB: kib(() => true),
    jsKiB: kib((i) => i.resourceType === 'Script'),
    cssKiB: kib((i) => i.resourceType === 'Stylesheet'),
    fontKiB: kib((i) => i.resourceType === 'Font'),
    requests: items.length,
    thirdParty: items.filter((i) => new URL(i.url).origin !== origin).length,
    // Lighthouse's own measure of how fast this machine was during the run (higher is faster).
    benchmarkIndex: Math.round(lhr.environment?.benchmarkIndex ?? NaN),
  };
}

// The figures a row has when no run finished: every one null, so every budget on it fails.
summarizeLhr.empty = Object.fromEntries(['performance', 'accessibility', 'bestPractices', 'seo', 'fcpMs', 'lcpMs', 'tbtMs', 'cls', 'totalKiB', 'jsKiB', 'cssKiB', 'fontKiB', 'requests', 'thirdParty', 'benchmarkIndex'].map((k) => [k, null]));

/** The middle value (the mean of the two middle ones for an even count). */
export function median(values) {
  const v = values.filter((x) => x != null && !Number.isNaN(x)).sort((a, b) => a - b);
  if (!v.length) return null;
  const mid = Math.floor(v.length / 2);
  return v.length % 2 ? v[mid] : (v[mid - 1] + v[mid]) / 2;
}

/** For each figure, the median across runs and its spread (lowest and highest). */
export function medianOf(runs) {
  const keys = Object.keys(runs[0] ?? summarizeLhr.empty);
  const pick = (k) => runs.map((r) => r[k]).filter((x) => x != null);
  return {
    median: Object.fromEntries(keys.map((k) => [k, median(pick(k))])),
    min: Object.fromEntries(keys.map((k) => [k, pick(k).length ? Math.min(...pick(k)) : null])),
    max: Object.fromEntries(keys.map((k) => [k, pick(k).length ? Math.max(...pick(k)) : null])),
    runs,
  };
}

/** Long tasks, the longest gap between frames and the frame rate, from a probe's raw samples. */
export function summarizeFrames({ frameTimes, longTasks, durationMs }) {
  const gaps = frameTimes.slice(1).map((t, i) => t - frameTimes[i]);
  return {
    durationMs: Math.round(durationMs),
    frames: frameTimes.length,
    fps: durationMs > 0 ? Math.round((frameTimes.length / durationMs) * 1000 * 10) / 10 : null,
    longestFrameGapMs: gaps.length ? Math.round(Math.max(...gaps)) : null,
    framesOver50Ms: gaps.filter((g) => g > 50).length,
    longTasks: longTasks.length,
    longestTaskMs: longTasks.length ? Math.round(Math.max(...longTasks)) : 0,
  };
}

/** The median and the worst of several probe runs, per scroll. */
export function summarizeProbes(runs) {
  const phase = (name) => {
    const { median: m, max } = medianOf(runs.map((r) => { const { reachedEnd, ...rest } = r[name] ?? {}; return rest; }));
    return { median: m, worst: { ...max, fps: Math.min(...runs.map((r) => r[name]?.fps ?? NaN)) } };
  };
  const [still, steps, fling] = ['idle', 'steps', 'fling'].map(phase);
  const reachedEnd = runs.every((r) => r.fling.reachedEnd);
  return {
    median: { idle: still.median, steps: steps.median, fling: { ...fling.median, reachedEnd } },
    worst: { idle: still.worst, steps: steps.worst, fling: fling.worst },
    runs,
  };
}
