import { describe, expect, it } from 'vitest';
import { datasets } from '../../../../src/lib/data/readDatasets';
import { frameIds, frames } from '../../../../src/lib/frames';
import type { Mark } from '../../../../src/lib/scene';
import { layout } from '../../../../src/graphics/casualty-tally/layout';
import { states, type CasualtyTallyState } from '../../../../src/graphics/casualty-tally/states';
import { overlaps, textBox } from '../../../../src/graphics/casualty-tally/labelPlacer';
import { tollReleases } from '../../../../src/graphics/casualty-tally/tollSeries';

const data = datasets();
const scenes = states.flatMap((state) => frameIds.map((f) => ({ state, frame: frames[f], scene: layout(data, frames[f], state) })));
const byKey = (marks: Mark[], key: string) => marks.find((m) => m.key === key);
const num = (m: Mark | undefined, a: string) => Number(m?.attrs[a]);
const sceneOf = (state: CasualtyTallyState, f: 'phone' | 'desktop') => scenes.find((s) => s.state === state && s.frame.id === f)!.scene;

describe.each(scenes.map((s) => [`${s.state} at ${s.frame.id}`, s] as const))('%s', (_name, { state, frame, scene }) => {
  it('fills its frame with unique keys and a title that states a finding', () => {
    expect([scene.width, scene.height]).toEqual([frame.width, frame.height]);
    const keys = scene.marks.map((m) => m.key);
    expect(new Set(keys).size).toBe(keys.length);
    expect(scene.title.length).toBeGreaterThan(30);
    expect(scene.description.length).toBeGreaterThan(60);
  });

  it('starts its count axis at zero', () => {
    if (state === 'by-city') {
      const zero = byKey(scene.marks, 'city-grid-0');
      for (const bar of scene.marks.filter((m) => m.key.startsWith('city-bar-'))) expect(num(bar, 'x')).toBe(num(zero, 'x1'));
      return;
    }
    if (state === 'categories') {
      const bars = scene.marks.filter((m) => /^category-.+-bar$/.test(m.key));
      expect(bars.length).toBeGreaterThan(0);
      for (const [i, bar] of bars.entries()) expect(num(bar, 'x'), bar.key).toBe(num(byKey(scene.marks, `category-base-${i}`), 'x1'));
      return;
    }
    const zero = scene.marks.find((m) => m.key.startsWith('y-label-') && m.text === '0');
    const base = byKey(scene.marks, 'x-base-0');
    expect(zero).toBeDefined();
    expect(Math.abs(num(zero, 'y') - 4 - num(base, 'y1'))).toBeLessThan(0.01);
    for (const m of scene.marks.filter((k) => k.kind === 'rect' && k.key.startsWith('band-'))) expect(num(m, 'y') + num(m, 'height')).toBeLessThanOrEqual(num(base, 'y1') + 0.01);
  });

  it('has no text overlapping other text, and keeps all text inside the frame', () => {
    // Tips are drawn only while their marker has focus, over the rest: they are checked below.
    const texts = scene.marks.filter((m) => m.kind === 'text' && !m.className?.includes('ct-tip'));
    for (const [i, a] of texts.entries()) {
      const box = textBox(a);
      expect(box.x0, a.key).toBeGreaterThanOrEqual(0);
      expect(box.x1, a.key).toBeLessThanOrEqual(frame.width);
      for (const b of texts.slice(i + 1)) expect(overlaps(box, textBox(b)), `${a.key} / ${b.key}`).toBe(false);
    }
  });

  it('runs no leader line through another label’s words', () => {
    const texts = scene.marks.filter((m) => m.kind === 'text' && !m.className?.includes('ct-tip'));
    for (const l of scene.marks.filter((m) => m.className?.includes('ct-leader'))) {
      const [x1, y1, x2, y2] = ['x1', 'y1', 'x2', 'y2'].map((k) => num(l, k)) as [number, number, number, number];
      const line = { x0: Math.min(x1, x2), y0: Math.min(y1, y2), x1: Math.max(x1, x2), y1: Math.max(y1, y2) };
      // A vertical leader has no width: it crosses a text whose box spans its x between the text's top and bottom.
      const crosses = (b: ReturnType<typeof textBox>) => line.x0 <= b.x1 && b.x0 <= line.x1 && line.y0 < b.y1 && b.y0 < line.y1;
      const own = l.key.replace(/-leader$/, '');
      for (const t of texts.filter((m) => m.key !== own)) expect(crosses(textBox(t)), `${l.key} through ${t.key}`).toBe(false);
    }
  });

  it('sets no label on a grid line, and puts a backdrop behind any note a grid line runs through', () => {
    const grid = scene.marks.filter((m) => m.className === 'ct-grid' && num(m, 'y1') === num(m, 'y2'));
    const backdrops = scene.marks.filter((m) => m.className === 'ct-note-backdrop');
    const covered = (b: ReturnType<typeof textBox>) =>
      backdrops.some((r) => num(r, 'x') <= b.x0 && b.x1 <= num(r, 'x') + num(r, 'width') && num(r, 'y') <= b.y0 && b.y1 <= num(r, 'y') + num(r, 'height'));
    for (const t of scene.marks.filter((m) => m.kind === 'text' && m.className?.includes('ct-label'))) {
      const b = textBox(t);
      const struck = grid.filter((g) => b.y0 < num(g, 'y1') && num(g, 'y1') < b.y1 && num(g, 'x1') < b.x1 && b.x0 < num(g, 'x2'));
      if (struck.length) expect(covered(b), `${t.key} on ${struck.map((g) => g.key).join(', ')}`).toBe(true);
    }
  });

  it('never lets one release marker cover the centre of another', () => {
    const markers = scene.marks.filter((m) => m.focusable && m.kind === 'circle');
    for (const [i, a] of markers.entries()) {
      for (const b of markers.slice(i + 1)) {
        const d = Math.hypot(num(a, 'cx') - num(b, 'cx'), num(a, 'cy') - num(b, 'cy'));
        // Past the radius and the marker's stroke.
        expect(d, `${a.key} / ${b.key}`).toBeGreaterThan(Math.max(num(a, 'r'), num(b, 'r')) + 1);
      }
    }
  });

  it('lets a reader focus every release marker, each followed by its hidden tip, inside the frame', () => {
    const focusable = scene.marks.filter((m) => m.focusable);
    expect(focusable.map((m) => m.key).sort()).toEqual(scene.marks.filter((m) => /^(pt-|aside-)/.test(m.key) && m.kind !== 'line').map((m) => m.key).sort());
    for (const m of focusable) {
      expect(m.label, m.key).toBeTruthy();
      const at = scene.marks.indexOf(m);
      const tip = scene.marks.slice(at + 1).filter((t, i, rest) => rest.slice(0, i + 1).every((x) => x.className?.includes('ct-tip')));
      expect(tip[0]?.key, m.key).toBe(`tip-${m.key}-box`);
      expect(tip.length, m.key).toBeGreaterThanOrEqual(3);
      expect(tip.length, m.key).toBeLessThanOrEqual(6);
      const box = tip[0]!;
      for (const t of tip) expect(t.attrs.visibility, t.key).toBe('hidden');
      for (const t of tip.slice(1)) {
        const b = textBox(t);
        expect(b.x0, t.key).toBeGreaterThanOrEqual(num(box, 'x'));
        expect(b.x1, t.key).toBeLessThanOrEqual(num(box, 'x') + num(box, 'width') + 0.01);
        expect(b.x1, t.key).toBeLessThanOrEqual(frame.width);
      }
      expect(num(box, 'y')).toBeGreaterThanOrEqual(0);
      // The tip names who gave the figure and on what day.
      expect(tip[1]!.text, m.key).toMatch(/\d{1,2} [A-Z][a-z]+ 20\d\d|Ministry|Minister|Prosecutor|Ombudswoman|officials|NGO|count/);
    }
  });

  it('keeps everything but the legend out of the band a passage card may cover on phones', () => {
    const limit = frame.height - frame.safeBottom;
    for (const m of scene.marks.filter((k) => !k.key.startsWith('legend-'))) {
      const bottom = m.kind === 'text' ? textBox(m).y1 : Math.max(...['y', 'y1', 'y2', 'cy'].map((a) => num(m, a) + (a === 'y' ? num(m, 'height') || 0 : 0)).filter(Number.isFinite));
      if (Number.isFinite(bottom)) expect(bottom, m.key).toBeLessThanOrEqual(limit);
    }
  });

  it('gives every release mark a tooltip saying who stated it', () => {
    const releaseMarks = scene.marks.filter((m) => /^(pt-|aside-[^]*$|count-pt-|city-bar-|city-earlier-|category-.+-bar$)/.test(m.key) && m.kind !== 'line');
    for (const m of releaseMarks) expect(m.label, m.key).toMatch(/Ministry|Minister|Prosecutor|Ombudswoman|officials|NGO|office|Radio Azattyq|Ar\.Rukh\.Khak/);
  });

  it('leads with figures held in text marks of their own, digits and commas only', () => {
    const counters = scene.marks.filter((m) => /^counter-\d+$/.test(m.key));
    expect(counters.length).toBeGreaterThan(0);
    for (const c of counters) expect(c.text).toMatch(/^[\d,]+$/);
  });
});

describe('the categories state', () => {
  const report = data.casualtyReports.find((r) => r.killedCategories?.length && r.released === '2023-01-05')!;

  it('draws each group the office named as a bar from zero, in proportion, with its number and its words', () => {
    for (const f of ['phone', 'desktop'] as const) {
      const marks = sceneOf('categories', f).marks;
      const groups = report.killedCategories!;
      const widths = groups.map((_, i) => num(byKey(marks, `category-${i}-bar`), 'width'));
      for (const [i, g] of groups.entries()) {
        expect(byKey(marks, `category-${i}-value`)?.text).toBe(String(g.value));
        expect(widths[i]! / widths[0]!).toBeCloseTo(g.value / groups[0]!.value, 2);
        const words = marks.filter((m) => m.key.startsWith(`category-${i}-label-`)).map((m) => m.text).join(' ');
        expect(words).toBe(g.label);
      }
      const security = byKey(marks, 'category-security-bar')!;
      expect(num(security, 'width') / widths[0]!).toBeCloseTo(report.killedSecurity!.value! / groups[0]!.value, 2);
      expect(security.className).toBe('ct-band-security');
    }
  });

  it('never sums the groups or draws the total beside them: the total is the headline, stated on its own', () => {
    const groups = report.killedCategories!.map((g) => g.value);
    const sums = new Set([groups.reduce((a, b) => a + b, 0), groups.reduce((a, b) => a + b, report.killedSecurity!.value!)].map(String));
    for (const f of ['phone', 'desktop'] as const) {
      const { marks, title, description } = sceneOf('categories', f);
      for (const m of marks) for (const s of sums) expect(m.text?.includes(s) ?? false, `${m.key}: ${m.text}`).toBe(false);
      expect(`${title} ${description}`).not.toMatch(new RegExp([...sums].join('|')));
      expect(byKey(marks, 'counter-0')?.text).toBe('238');
      expect(marks.filter((m) => m.kind === 'rect' && !m.key.startsWith('category-')).map((m) => m.key)).toEqual([]);
      expect(marks.find((m) => m.key === 'category-note-0')?.text).toMatch(/^No statement we traced says how these figures/);
    }
  });
});

describe('the categories state without data', () => {
  it('fails naming the file and the field when no release classes the dead', () => {
    const bare = { ...data, casualtyReports: data.casualtyReports.map((r) => ({ ...r, killedCategories: undefined })) };
    expect(() => layout(bare, frames.phone, 'categories')).toThrow('casualty-reports.json: no official release classes the dead (killedCategories)');
  });
});

describe('the toll states', () => {
  it('labels every withdrawn, disputed and NGO-cited figure in every frame, not only in its tooltip', () => {
    for (const s of scenes) {
      const marked = s.scene.marks.filter((m) => /^(aside|pt)-/.test(m.key) && (m.className ?? '').split(' ').some((c) => ['ct-retracted', 'ct-cited', 'ct-point--disputed'].includes(c)));
      for (const m of marked) {
        const label = `label-${m.key.replace(/^pt-/, '')}:`;
        expect(s.scene.marks.some((t) => t.kind === 'text' && t.key.startsWith(label)), `${s.state} at ${s.frame.id}: ${m.key}`).toBe(true);
      }
    }
    expect(sceneOf('final', 'phone').marks.some((m) => m.key.startsWith('label-aside-2022-07-29-ngo-statement:241'))).toBe(true);
  });

  it('put a point on the line for exactly the releases of the step line, and the withdrawn 164 beside it', () => {
    for (const f of ['phone', 'desktop'] as const) {
      const marks = sceneOf('final', f).marks;
      const points = marks.filter((m) => m.key.startsWith('pt-')).map((m) => m.key.slice(3));
      expect(points).toEqual(tollReleases(data).map((r) => r.id));
      const withdrawn = byKey(marks, 'aside-2022-01-09-164-retracted')!;
      expect(withdrawn.className?.split(' ')).toContain('ct-retracted');
      expect(byKey(marks, 'aside-2022-01-09-164-retracted-strike')).toBeDefined();
      const onLine = marks.filter((m) => m.key.startsWith('step-h-')).some((m) => Math.abs(num(m, 'y1') - num(withdrawn, 'cy')) < 1);
      expect(onLine).toBe(false);
      expect(marks.find((m) => m.key.startsWith('label-aside-2022-01-09'))?.text).toMatch(/^164 – withdrawn/);
    }
  });

  it('shows what was reported on 7 January and the final toll in the static drawing', () => {
    const jan7 = sceneOf('jan-07', 'phone').marks;
    expect([byKey(jan7, 'counter-0')?.text, byKey(jan7, 'counter-1')?.text]).toEqual(['18', '26']);
    expect(jan7.some((m) => m.text === '26 “armed criminals”')).toBe(true);
    expect(byKey(sceneOf('final', 'desktop').marks, 'counter-0')?.text).toBe('238');
    expect(byKey(sceneOf('retracted', 'phone').marks, 'counter-0')?.className).toContain('ct-counter--struck');
  });

  it('never puts injured or detained figures on the deaths axis', () => {
    for (const s of ['injured', 'detained'] as const) {
      const marks = sceneOf(s, 'desktop').marks;
      expect(marks.some((m) => m.key.startsWith('y-label-deaths') || m.key.startsWith('pt-') || m.key.startsWith('band-'))).toBe(false);
    }
  });

  it('never places an undated release on a time axis', () => {
    for (const { scene } of scenes) for (const id of ['officials-227-undated', 'health-ministry-after-soe', 'hrw-video-analysis']) {
      expect(scene.marks.some((m) => m.key.includes(id))).toBe(false);
    }
  });
});
