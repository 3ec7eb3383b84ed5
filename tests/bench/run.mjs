// `npm run bench`: builds the site, serves it like a static host, measures it with Lighthouse and a scroll probe,
// prints the figures, writes them to bench-results/, and exits 1 when a budget is broken.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import { checkBudgets } from './budgets.mjs';
import { launchChrome, lighthouseRuns } from './lighthouseRuns.mjs';
import { scrollProbe } from './scrollProbe.mjs';
import { serveStatic } from './staticServer.mjs';
import { medianOf, summarizeProbes } from './summarize.mjs';
import { budgetLines, lighthouseTable, probeTable } from './table.mjs';

const { values: opts } = parseArgs({
  options: {
    runs: { type: 'string', default: '3' },
    'no-build': { type: 'boolean', default: false },
    only: { type: 'string' },
    'skip-probe': { type: 'boolean', default: false },
    port: { type: 'string', default: process.env.BENCH_PORT ?? '0' },
  },
});
const RUNS = Number(opts.runs);
const log = (s) => process.stderr.write(`${s}\n`);

/**
 * The states of an embed, from its step-through page. What a `static=1` snippet loads is the first state's still page
 * (src/lib/embedUrls.ts), since a static host cannot read a query string without a script.
 */
function statesOf(id) {
  return readFileSync(`dist/embed/${id}/index.html`, 'utf8').match(/data-states="([^"]+)"/)?.[1].split(' ') ?? [];
}

/**
 * The pages measured: the story, and each embed, live, as its static (still) page, and as the snippet of one step
 * under the host's own title (the step page with `#plain`), whose CLS shows whether its first paint was what it
 * settles on.
 */
function benchPages() {
  const embeds = existsSync('dist/embed') ? readdirSync('dist/embed', { withFileTypes: true }).filter((d) => d.isDirectory() && existsSync(`dist/embed/${d.name}/index.html`)).map((d) => d.name) : [];
  const pages = [
    { label: 'story', kind: 'story', path: '/' },
    ...embeds.flatMap((id) => {
      const states = statesOf(id);
      return [
        { label: `embed ${id}`, kind: 'embed', path: `/embed/${id}/` },
        { label: `embed ${id} static=1`, kind: 'embedStatic', path: `/embed/${id}/${states[0]}/` },
        { label: `embed ${id} step/${states.at(-1)} #plain`, kind: 'embedStep', path: `/embed/${id}/step/${states.at(-1)}/#plain` },
      ];
    }),
  ];
  return opts.only ? pages.filter((p) => p.label.includes(opts.only)) : pages;
}

function build() {
  log('Building the site (astro build)…');
  const r = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build'], { encoding: 'utf8' });
  if (r.status !== 0) {
    log(`${r.stdout}\n${r.stderr}`);
    throw new Error('the build failed');
  }
}

async function main() {
  if (!opts['no-build']) build();
  const server = await serveStatic('dist', Number(opts.port));
  const origin = `http://127.0.0.1:${server.address().port}`;
  log(`Serving dist/ at ${origin}`);
  mkdirSync('bench-results/lighthouse', { recursive: true });
  const loadBefore = loadavg()[0];
  const chrome = await launchChrome();
  const lighthouse = [];
  try {
    for (const page of benchPages()) {
      for (const preset of ['mobile', 'desktop']) {
        const { runs, failures } = await lighthouseRuns(`${origin}${page.path}`, preset, chrome.port, RUNS, (r, i, lhr) => {
          log(`  ${page.label} ${preset} run ${i + 1}/${RUNS}: perf ${r.performance}, LCP ${r.lcpMs} ms, TBT ${r.tbtMs} ms, JS ${r.jsKiB} KiB`);
          writeFileSync(`bench-results/lighthouse/${page.label.replace(/\W+/g, '-')}-${preset}-${i + 1}.json`, JSON.stringify(lhr));
        });
        if (failures.length) log(`  ${page.label} ${preset}: ${failures.length} run(s) Lighthouse could not finish: ${failures[0]}`);
        lighthouse.push({ ...page, preset, url: `${origin}${page.path}`, ...medianOf(runs), failures });
      }
    }
  } finally {
    chrome.kill();
  }
  let probe = null;
  if (!opts['skip-probe']) {
    const runs = [];
    for (let i = 0; i < RUNS; i++) {
      log(`  scroll probe run ${i + 1}/${RUNS} (390x844, CPU 4x slower)`);
      runs.push(await scrollProbe(`${origin}/`));
    }
    probe = summarizeProbes(runs);
  }
  server.close();

  const verdicts = checkBudgets({ lighthouse, probe });
  const when = new Date().toISOString();
  // The machine's load tells whether other work competed with the measurements.
  const meta = { when, runs: RUNS, node: process.version, cpus: cpus().length, loadAverage: { before: loadBefore, after: loadavg()[0] } };
  const json = JSON.stringify({ meta, lighthouse, probe, budgets: verdicts }, null, 2);
  writeFileSync(`bench-results/bench-${when.replace(/[:.]/g, '-')}.json`, json);
  writeFileSync('bench-results/latest.json', json);
  const md = [`Lighthouse, median of ${RUNS} runs (lowest–highest in brackets):`, '', lighthouseTable(lighthouse, true)];
  if (probe) md.push('', `Scroll probe, 390x844, CPU 4x slower, ${RUNS} runs:`, '', probeTable(probe, true));
  writeFileSync('bench-results/latest.md', `${md.join('\n')}\n`);

  console.log(`\nLighthouse ${lighthouse[0] ? '' : '(no pages)'}— median of ${RUNS} runs; (lowest–highest) where the runs differ\n`);
  console.log(lighthouseTable(lighthouse));
  if (probe) console.log(`\nScroll probe — the story at 390x844, CPU 4x slower, ${RUNS} runs\n\n${probeTable(probe)}`);
  console.log(`\n${budgetLines(verdicts)}`);
  console.log(`Machine: ${meta.cpus} CPUs, load average ${meta.loadAverage.before.toFixed(1)} before and ${meta.loadAverage.after.toFixed(1)} after. JSON: bench-results/latest.json`);
  return verdicts.every((v) => v.ok) ? 0 : 1;
}

main().then((code) => process.exit(code), (err) => {
  log(`bench: ${err instanceof Error ? err.stack : err}`);
  process.exit(2);
});
