import { describe, expect, test } from 'vitest';
import { checkBudgets } from '../../bench/budgets.mjs';
import { parseHeaders } from '../../bench/staticServer.mjs';
import { median, medianOf, summarizeFrames, summarizeLhr, summarizeProbes } from '../../bench/summarize.mjs';
import { budgetLines, lighthouseTable } from '../../bench/table.mjs';

const request = (url: string, resourceType: string, transferSize: number) => ({ url, resourceType, transferSize });
const lhr = {
  requestedUrl: 'http://127.0.0.1:9000/',
  finalDisplayedUrl: 'http://127.0.0.1:9000/',
  categories: { performance: { score: 0.99 }, accessibility: { score: 1 }, 'best-practices': { score: 1 }, seo: { score: 1 } },
  environment: { benchmarkIndex: 1500.4 },
  audits: {
    'first-contentful-paint': { numericValue: 812.6 },
    'largest-contentful-paint': { numericValue: 1210.2 },
    'total-blocking-time': { numericValue: 12.4 },
    'cumulative-layout-shift': { numericValue: 0.00012 },
    'network-requests': { details: { items: [
      request('http://127.0.0.1:9000/', 'Document', 20480),
      request('http://127.0.0.1:9000/_astro/a.js', 'Script', 10240),
      request('http://127.0.0.1:9000/_astro/a.css', 'Stylesheet', 2048),
      request('http://127.0.0.1:9000/_astro/f.woff2', 'Font', 30720),
      request('https://cdn.example.com/x.js', 'Script', 1024),
      request('data:image/png;base64,xx', 'Image', 0),
    ] } },
  },
};

describe('summarizeLhr', () => {
  test('reads the scores, timings, bytes by type and third-party requests', () => {
    expect(summarizeLhr(lhr)).toEqual({
      performance: 99, accessibility: 100, bestPractices: 100, seo: 100,
      fcpMs: 813, lcpMs: 1210, tbtMs: 12, cls: 0,
      totalKiB: 63, jsKiB: 11, cssKiB: 2, fontKiB: 30, requests: 5, thirdParty: 1, benchmarkIndex: 1500,
    });
  });

  test('refuses a run Lighthouse could not finish', () => {
    expect(() => summarizeLhr({ ...lhr, runtimeError: { code: 'NO_FCP', message: 'no paint' } })).toThrow(/NO_FCP/);
  });
});

test('median and spread over runs', () => {
  expect(median([3, 1, 2])).toBe(2);
  expect(median([4, 1, 2, 3])).toBe(2.5);
  const m = medianOf([{ lcpMs: 900 }, { lcpMs: 1300 }, { lcpMs: 1000 }]);
  expect(m.median.lcpMs).toBe(1000);
  expect([m.min.lcpMs, m.max.lcpMs]).toEqual([900, 1300]);
  // No run finished: every figure is null, so every budget on the row fails rather than passing unseen.
  expect(medianOf([]).median.lcpMs).toBeNull();
  expect(checkBudgets({ lighthouse: [{ label: 'story', kind: 'story', preset: 'mobile', ...medianOf([]) }], probe: null }).some((v) => v.ok)).toBe(false);
});

test('frames: the longest gap, frames over 50 ms, frame rate and long tasks', () => {
  const s = summarizeFrames({ frameTimes: [0, 16, 33, 100, 116], longTasks: [60, 80], durationMs: 200 });
  expect(s).toMatchObject({ longestFrameGapMs: 67, framesOver50Ms: 1, fps: 25, longTasks: 2, longestTaskMs: 80 });
});

test('budgets hold on the medians and say which one broke', () => {
  const good = { lcpMs: 1000, tbtMs: 0, cls: 0, jsKiB: 30, totalKiB: 200, performance: 100, accessibility: 100, bestPractices: 100, seo: 100, thirdParty: 0 };
  const frames = { longTasks: 0, longestFrameGapMs: 20, fps: 60, framesOver50Ms: 0, longestTaskMs: 0, durationMs: 1000, frames: 60 };
  const probe = summarizeProbes([{ steps: frames, fling: { ...frames, reachedEnd: true } }]);
  const row = (median: object, kind = 'story') => ({ label: kind, kind, preset: 'mobile', median, min: median, max: median, runs: [median] });
  expect(checkBudgets({ lighthouse: [row(good)], probe }).every((v) => v.ok)).toBe(true);
  const broken = checkBudgets({ lighthouse: [row({ ...good, jsKiB: 61 }), row({ jsKiB: 1 }, 'embedStatic')], probe });
  expect(budgetLines(broken)).toMatch(/story mobile: jsKiB = 61 \(budget <= 60\)[\s\S]*embedStatic mobile: jsKiB = 1 \(budget <= 0\)/);
  expect(lighthouseTable([{ ...row(good), min: { ...good, lcpMs: 900 }, max: { ...good, lcpMs: 1100 } }])).toMatch(/1000 \(900–1100\)/);
});

test('the static server reads the headers a static host would send', () => {
  expect(parseHeaders("/*\n  Content-Security-Policy: default-src 'self'\n  X-Content-Type-Options: nosniff\n/embed/*\n  X-Other: 1\n")).toEqual({
    'Content-Security-Policy': "default-src 'self'",
    'X-Content-Type-Options': 'nosniff',
  });
});
