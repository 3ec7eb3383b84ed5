import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { troopArrivals } from '../../../../src/graphics/troop-arrivals/definition';
import { countryFigures, officialTotal } from '../../../../src/graphics/troop-arrivals/figures';
import { states } from '../../../../src/graphics/troop-arrivals/states';
import { cases, data } from './scenes';

const chart = cases.filter((c) => c.state === 'contingents');
const rowMarks = (scene: (typeof chart)[number]['scene'], id: string) => scene.marks.filter((m) => m.key.startsWith(`country-${id}-`));
const numbersIn = (s: string) => [...s.matchAll(/\d[\d,]*(?:\.\d+)?/g)].map((m) => Number(m[0].replace(/,/g, '')));

describe.each(chart)('the contingents at $frame', ({ scene }) => {
  it('draws official figures solid, estimates hatched and the unknown outlined', () => {
    for (const f of countryFigures(data)) {
      const marks = rowMarks(scene, f.contingent.id);
      const bar = marks.find((m) => m.key.endsWith('-bar'))!;
      const hatch = marks.some((m) => m.className === 'troop-hatch');
      if (f.status === 'official') expect([bar.className, hatch]).toEqual(['troop-fig is-official', false]);
      else expect([bar.className, hatch], f.contingent.id).toEqual(['troop-fig is-estimate', true]);
      const outlined = marks.some((m) => m.className?.includes('is-unknown'));
      expect(outlined, f.contingent.id).toBe(f.unknown !== null);
    }
  });

  it('labels each status in words as well as by look', () => {
    for (const f of countryFigures(data)) {
      // Lines of one note are joined as they read, so a phrase wrapped across two lines is still found.
      const words = rowMarks(scene, f.contingent.id).map((m) => m.text ?? '').join(' ');
      expect(words).toContain(f.status === 'official' ? 'official' : 'press estimate');
      if (f.unknown) expect(words).toMatch(/No official national figure|no headcount/);
    }
  });

  it('never shows a Russian number as official', () => {
    const russia = rowMarks(scene, 'russia');
    expect(russia.some((m) => m.className?.includes('is-official'))).toBe(false);
    const words = russia.map((m) => m.text ?? '').join(' ');
    expect(words).toContain('press estimate');
    expect(words).toContain(`No official national figure: the bulk of ${officialTotal(data).figure.text}`);
  });

  it('shows no total that no source stated (the press figures added up)', () => {
    const words = scene.marks.map((m) => `${m.text ?? ''} ${m.label ?? ''}`).join(' ');
    expect(words).not.toContain('3,950');
    expect(scene.marks.some((m) => m.className?.includes('is-computed'))).toBe(false);
  });
});

describe('the status looks', () => {
  const css = readFileSync('src/graphics/troop-arrivals/troopArrivals.css', 'utf8');
  const rule = (sel: string) => new RegExp(`${sel.replace(/\./g, '\\.')}\\s*\\{([^}]*)\\}`).exec(css)?.[1] ?? '';

  it('are distinct in the stylesheet: solid fill, hatch on paper, dashed outline, dotted outline', () => {
    expect(rule('.troop-fig.is-official')).toMatch(/fill: var\(--troops\)/);
    expect(rule('.troop-fig.is-estimate')).toMatch(/stroke: var\(--troops\)/);
    expect(rule('.troop-hatch')).toMatch(/stroke:/);
    expect(rule('.troop-fig.is-unknown')).toMatch(/fill: none.*stroke-dasharray: 2\.5 1\.5/s);
    expect(rule('.troop-fig.is-computed')).toMatch(/fill: none.*stroke-dasharray: 1 2/s);
  });
});

describe('every state', () => {
  const others = countryFigures(data).filter((f) => f.contingent.id !== 'russia' && f.value !== null).map((f) => f.value!);
  // Every "2,030 minus some of the other contingents" a careless graphic might show as Russia's figure.
  const derived = new Set<number>();
  for (let mask = 1; mask < 1 << others.length; mask++)
    derived.add(officialTotal(data).figure.value! - others.reduce((s, v, i) => s + (mask & (1 << i) ? v : 0), 0));

  it.each(cases.map((c) => [c.state, c.frame, c.scene] as const))('%s at %s shows no number derived by subtraction', (state, _frame, scene) => {
    const texts = [scene.title, scene.description, ...scene.marks.map((m) => `${m.text ?? ''} ${m.label ?? ''}`)];
    const table = troopArrivals.table(data, state).rows.flatMap((r) => Object.values(r.cells));
    for (const n of [...texts, ...table].flatMap(numbersIn)) expect(derived.has(n), `${n} in ${state}`).toBe(false);
  });

  it.each(cases.map((c) => [c.state, c.frame, c.scene] as const))('%s at %s shows only numbers the datasets state', (_state, _frame, scene) => {
    const stated = new Set(numbersIn(readFileSync('content/data/troop-contingents.json', 'utf8') + readFileSync('content/data/troop-totals.json', 'utf8') + readFileSync('content/data/airlift.json', 'utf8') + readFileSync('content/data/key-events.json', 'utf8') + readFileSync('content/data/places.json', 'utf8')));
    // Calendar days, the year and the detail box's scale bar are not figures.
    const allowed = (n: number) => stated.has(n) || (n >= 1 && n <= 31) || n === 2022;
    for (const t of [scene.title, scene.description, ...scene.marks.map((m) => m.text ?? '')])
      for (const n of numbersIn(t)) expect(allowed(n), `${n} in "${t}"`).toBe(true);
  });

  it('has a data table whose rows all cite known sources, and a credit naming them', () => {
    const known = new Set(data.sources.map((s) => s.id));
    for (const s of states) {
      const table = troopArrivals.table(data, s);
      expect(table.rows.length, s).toBeGreaterThan(0);
      for (const r of table.rows) for (const id of r.sources) expect(known.has(id), `${s}: ${id}`).toBe(true);
      const credit = troopArrivals.credit(data, s);
      expect(credit.sources.length).toBeGreaterThan(0);
      for (const id of credit.sources) expect(known.has(id)).toBe(true);
    }
  });

  it('tells a reader who asks how many Russian soldiers came the honest answer', () => {
    const text = chart[0]!.scene.description;
    expect(text).toContain('Russia gave no official national figure');
    expect(text).toContain('the official total of 2,030 for all five countries');
    expect(text).toMatch(/Russia: 3,000 \(press estimate/);
    const russia = troopArrivals.table(data, 'contingents').rows.find((r) => r.cells.item === 'Russia (troops)')!;
    expect(russia.cells.status).toBe('unknown: no official figure');
    expect(russia.cells.value).toBe('–');
  });
});
