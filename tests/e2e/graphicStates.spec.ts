import { expect, test, type Page } from '@playwright/test';
import { frames, openStory, stepList } from '../support/scrollyPage';
import { stageParts } from '../support/stageParts';

/**
 * What the stage of a step's run shows against the static figure of the state, part by part. Only parts on screen
 * unless `all`: a part hidden at a step change (the other screen size's frame, a caption a phone hides) takes the
 * state when it is shown.
 */
async function markup(page: Page, stepId: string, state: string, all = false) {
  const parts = await page.locator(`[data-run]:has(#${stepId}) scene-graphic`).evaluate(stageParts, state);
  return parts.filter((p) => all || p.shown);
}

/** Scrolls the step to where a link would land it, then waits for its stage to settle in the step's state. */
async function reach(page: Page, id: string, state: string) {
  await page.evaluate((s) => document.getElementById(s)!.scrollIntoView({ block: 'start', behavior: 'instant' }), id);
  await expect(page.locator('[aria-current="step"]')).toHaveId(id);
  const stage = page.locator(`[data-run]:has(#${id}) scene-graphic`);
  await expect(stage).toHaveAttribute('data-state', state);
  await expect(stage).toHaveAttribute('data-settled', 'true');
  // A stage that was far from the view before the scroll is told it is near after the next frame, and drawn then.
  await frames(page);
  const parts = await markup(page, id, state);
  // At any size the title and exactly one drawing are on screen, and compared.
  expect(parts.filter((p) => p.part === 'phone' || p.part === 'desktop')).toHaveLength(1);
  expect(parts.map((p) => p.part)).toContain('.graphic-title');
  for (const { part, live, still } of parts) expect(live, `${id}: ${part}`).toBe(still);
}

// Graphic by graphic, state by state: scrolling to a step leaves its stage drawing exactly that state's static figure.
test('every step settles its stage on the static figure of its state, forwards and backwards', async ({ page }) => {
  test.setTimeout(180_000);
  await openStory(page, '/?mode=scroll');
  const steps = await stepList(page);
  expect(new Set(steps.map((s) => s.graphic)).size).toBe(3);
  for (const { id, state } of steps) await reach(page, id, state);
  for (const { id, state } of [...steps].reverse()) await reach(page, id, state);
});

// The other screen size's drawing and a caption a phone hides are brought up to date only when shown.
test('a stage part hidden at a step change shows the current state once the layout shows it', async ({ page }, info) => {
  await openStory(page, '/?mode=scroll');
  // Each run's last step, where its state is not the one its stage was built in: reached with the tween a reader sees.
  const lastOfEach = await page.locator('[data-run]').evaluateAll((runs) =>
    runs.flatMap((run) => {
      const steps = [...run.querySelectorAll<HTMLElement>('[data-step]')];
      const last = steps.at(-1)!;
      return last.dataset.state === steps[0]!.dataset.state ? [] : [{ id: last.id, state: last.dataset.state! }];
    }),
  );
  expect(lastOfEach.length).toBeGreaterThanOrEqual(3);
  for (const { id, state } of lastOfEach) await reach(page, id, state);
  // Stages of one graphic follow each other's steps, so each is checked against the state it holds now.
  const behind = async ({ id }: { id: string }) => {
    const state = (await page.locator(`[data-run]:has(#${id}) scene-graphic`).getAttribute('data-state'))!;
    return (await markup(page, id, state, true)).filter((p) => p.live !== p.still).map((p) => p.part);
  };
  // A stage far from the view waits until it comes near, so each is visited again after the turn, the nearest first;
  // but not one whose step would change its graphic's state (another run of it has moved on): a jump that changes the
  // state copies at once and shows nothing about the turn.
  const stateOf = (step: { id: string }) => page.locator(`[data-run]:has(#${step.id}) scene-graphic`).getAttribute('data-state');
  const toVisit = [];
  for (const step of [...lastOfEach].reverse()) if ((await stateOf(step)) === step.state) toVisit.push(step);
  expect(toVisit.length).toBeGreaterThanOrEqual(3);
  // Something was left for later in each: at a phone the desktop's drawing and the credit, at a desktop the phone's.
  for (const step of toVisit) expect(await behind(step), step.id).not.toEqual([]);
  const desktop = info.project.name.startsWith('desktop');
  await page.setViewportSize(desktop ? { width: 390, height: 844 } : { width: 1280, height: 800 });
  for (const step of toVisit) {
    await page.evaluate((s) => document.getElementById(s)!.scrollIntoView({ block: 'start', behavior: 'instant' }), step.id);
    await expect(page.locator('[aria-current="step"]')).toHaveId(step.id);
    await expect.poll(() => behind(step), { message: step.id }).toEqual([]);
  }
});

// A graphic shown in two chapters has a stage in each: each keeps to its own run's picture, so the later one never
// arrives showing where the earlier one left off and then changes under the reader.
test('a stage keeps to its own run: its first state while the reader is above the run, its last below it', async ({ page }) => {
  await openStory(page, '/?mode=scroll');
  // Two runs of one graphic, the earlier ending in a state the later one does not open with.
  const plan = await page.locator('[data-run]').evaluateAll((runs) => {
    const graphicOf = (run: Element) => run.querySelector('scene-graphic')!.getAttribute('data-graphic');
    const steps = (run: Element) => [...run.querySelectorAll<HTMLElement>('[data-step]')].map((s) => ({ id: s.id, state: s.dataset.state! }));
    for (const [i, run] of runs.entries()) {
      const later = runs.slice(i + 1).find((r) => graphicOf(r) === graphicOf(run));
      if (later && steps(run).at(-1)!.state !== steps(later)[0]!.state) return { early: { run: run.id, steps: steps(run) }, late: { run: later.id, steps: steps(later) } };
    }
    return null;
  });
  expect(plan).not.toBeNull();
  const { early, late } = plan!;
  const stage = (run: string) => page.locator(`#${run} scene-graphic`);
  // What a stage draws on screen, its title and credit, against the static figure of a state.
  const shows = async (run: string, state: string) => {
    const shown = (await stage(run).evaluate(stageParts, state)).filter((p) => p.shown);
    return shown.some((p) => p.part === 'phone' || p.part === 'desktop') && shown.every((p) => p.live === p.still);
  };
  const lateFirst = late.steps[0]!;
  // The reader at the end of the earlier run: the later stage holds its own first state, drawn.
  await reach(page, early.steps.at(-1)!.id, early.steps.at(-1)!.state);
  await expect(stage(late.run)).toHaveAttribute('data-state', lateFirst.state);
  expect(await shows(late.run, lateFirst.state)).toBe(true);
  // Scrolled to where the later stage is on screen and its first step not yet active, it shows that state already.
  await page.evaluate((id) => scrollTo({ top: document.getElementById(id)!.getBoundingClientRect().top + scrollY - innerHeight, behavior: 'instant' }), lateFirst.id);
  await expect.poll(() => page.locator(`#${late.run} .stage`).evaluate((el) => el.getBoundingClientRect().top < innerHeight)).toBe(true);
  await expect(page.locator(`#${lateFirst.id}`)).not.toHaveAttribute('aria-current', 'step');
  await expect(stage(late.run)).toHaveAttribute('data-state', lateFirst.state);
  expect(await shows(late.run, lateFirst.state)).toBe(true);
  // Its first step changes nothing; the earlier stage, now above the reader, holds its own last state.
  await reach(page, lateFirst.id, lateFirst.state);
  await expect(stage(early.run)).toHaveAttribute('data-state', early.steps.at(-1)!.state);
  // Back at the top of the earlier run, each stage takes its own end: the earlier its first state, the later still its first.
  await reach(page, early.steps[0]!.id, early.steps[0]!.state);
  await expect(stage(late.run)).toHaveAttribute('data-state', lateFirst.state);
  expect(await shows(late.run, lateFirst.state)).toBe(true);
});

// Settling re-creates only what changed: a mark drawn anew is styled and laid out from scratch at the end of a tween.
test('a step change keeps the marks both states share, rather than drawing them anew', async ({ page }) => {
  await openStory(page, '/?mode=scroll');
  // The first run with a change of state in it: its first step, then the first step in another state.
  const [from, to] = await page.locator('[data-run]').evaluateAll((runs) => {
    for (const run of runs) {
      const steps = [...run.querySelectorAll<HTMLElement>('[data-step]')].map((s) => ({ id: s.id, state: s.dataset.state! }));
      const next = steps.find((s) => s.state !== steps[0]!.state);
      if (next) return [steps[0]!, next];
    }
    return [];
  });
  expect(to).toBeDefined();
  const shownMarks = (id: string) =>
    page.evaluate((id) => {
      const stage = document.getElementById(id)!.closest('[data-run]')!.querySelector('scene-graphic')!;
      const svg = [...stage.querySelectorAll('[data-frame] svg')].find((s) => s.checkVisibility())!;
      const w = window as unknown as { marksBefore?: Map<string, Element> };
      const marks = new Map([...svg.querySelectorAll(':scope > [data-key]')].map((m) => [m.getAttribute('data-key')!, m]));
      const before = w.marksBefore;
      w.marksBefore = marks;
      const shared = before ? [...marks.keys()].filter((k) => before.has(k)) : [];
      return { count: marks.size, shared: shared.length, kept: shared.filter((k) => before!.get(k) === marks.get(k)).length };
    }, id);
  await reach(page, from!.id, from!.state);
  expect((await shownMarks(from!.id)).count).toBeGreaterThan(0);
  await reach(page, to!.id, to!.state);
  const { shared, kept } = await shownMarks(to!.id);
  expect(shared).toBeGreaterThan(0);
  expect(kept).toBe(shared);
});

/**
 * The first graphic's static figures in page order: the state of each, and whether its drawing at the size the first
 * stage shows, and at the other size, is built.
 */
function staticDrawings(page: Page) {
  return page.evaluate(() => {
    const stage = document.querySelector('scene-graphic')!;
    const size = [...stage.querySelectorAll('[data-frame]')].find((f) => f.checkVisibility())!.getAttribute('data-frame');
    return [...document.querySelectorAll(`figure.graphic[data-graphic="${stage.getAttribute('data-graphic')}"]`)]
      .filter((f) => !f.closest('scene-graphic'))
      .map((f) => ({
        state: f.getAttribute('data-state')!,
        built: !f.querySelector(`[data-frame="${size}"] [data-deferred]`),
        otherSize: !f.querySelector(`[data-frame]:not([data-frame="${size}"]) [data-deferred]`),
      }));
  });
}

// A passage figure's drawing waits as inert markup; a stage builds the next states' drawings in idle time, so a
// step change does not parse one in the frame the reader scrolls in.
test('a stage builds the drawings of the states next to its own ahead of a change, and no others', async ({ page }) => {
  await openStory(page, '/?mode=scroll');
  const figures = () => staticDrawings(page);
  const all = await figures();
  // States in page order, one that a chapter opens on again counted once; each is read from its first figure.
  const order = all.map((f) => f.state).filter((s, i, a) => s !== a[i - 1]);
  const firstOf = (state: string) => all.findIndex((f) => f.state === state);
  // The states visited below include one shown again by a second figure, which is never built.
  const visited = 5;
  expect(order.length).toBeGreaterThan(visited);
  expect(all.slice(0, firstOf(order[visited]!) + 1).length).toBeGreaterThan(visited + 1);
  // At the top only the first stage of the graphic is near: the others hold their own runs' first states.
  expect(await page.evaluate(() => {
    const stages = [...document.querySelectorAll('scene-graphic')];
    const mine = stages.filter((s) => s.getAttribute('data-graphic') === stages[0]!.getAttribute('data-graphic'));
    return mine.slice(1).every((s) => s.getBoundingClientRect().top > 2 * innerHeight);
  })).toBe(true);
  const steps = await stepList(page);
  for (let k = 0; k < visited; k++) {
    if (k > 0) {
      // The first step in the state: the stage settles on it, whether it is this run's stage or a later one.
      const step = steps.find((s) => s.graphic === steps[0]!.graphic && s.state === order[k])!;
      await page.evaluate((id) => document.getElementById(id)!.scrollIntoView({ block: 'start', behavior: 'instant' }), step.id);
      await expect(page.locator('[aria-current="step"]')).toHaveId(step.id);
    }
    // The next state's drawing is built once the page is idle; nothing beyond what the visits so far allow is.
    const next = firstOf(order[k + 1]!);
    await expect.poll(async () => (await figures())[next]!.built, { message: `${order[k + 1]} built while on ${order[k]}` }).toBe(true);
    const allowed = new Set(order.slice(0, k + 2).map(firstOf));
    const now = await figures();
    expect(now.flatMap((f, i) => (f.built && !allowed.has(i) ? [`${i} ${f.state}`] : [])), `on ${order[k]}`).toEqual([]);
    // The other screen size's drawing waits: nothing shows it.
    expect(now.filter((f) => f.otherSize).map((f) => f.state), `on ${order[k]}`).toEqual([]);
  }
});

test('after a turn past the desktop breakpoint, a stage builds the next state at the size it now shows', async ({ page }) => {
  await openStory(page, '/?mode=scroll');
  await expect.poll(async () => (await staticDrawings(page))[1]!.built).toBe(true);
  expect((await staticDrawings(page))[1]!.otherSize).toBe(false);
  const wide = page.viewportSize()!.width >= 1024;
  await page.setViewportSize(wide ? { width: 390, height: 844 } : { width: 1280, height: 800 });
  // The other size is now the one shown: its drawing of the next state is built with no change of state.
  await expect.poll(async () => (await staticDrawings(page))[1]!.built, { message: 'built at the new size' }).toBe(true);
  await expect(page.locator('scene-graphic').first()).toHaveAttribute('data-settled', 'true');
});

/** Takes the story to a run's first step, where its stage is near, laid out and settled; gives the stage. */
async function atRunStart(page: Page, run: number) {
  const first = page.locator('[data-run]').nth(run).locator('[data-step]').first();
  await first.evaluate((el) => el.scrollIntoView({ block: 'start', behavior: 'instant' }));
  await expect(first).toHaveAttribute('aria-current', 'step');
  const stage = page.locator('[data-run]').nth(run).locator('scene-graphic');
  await expect(stage).toHaveAttribute('data-settled', 'true');
  await frames(page);
  return stage;
}

// A step is told in the frame a scroll reaches it; the tween's setup (and the end of a change it cuts short) waits for
// a task of its own, so that frame stays short. Changes told in quick succession still settle on the last.
test('a change of state starts after the frame that told of it, and changes in quick succession settle on the last', async ({ page }) => {
  await openStory(page, '/?mode=scroll');
  // The first run with three changes of state, and the steps that make them.
  const { run, graphic, told } = await page.evaluate(() => {
    const runs = [...document.querySelectorAll('[data-run]')];
    const changes = (run: Element) => {
      const steps = [...run.querySelectorAll<HTMLElement>('[data-step]')].map((s) => ({ state: s.dataset.state!, index: Number(s.dataset.index) }));
      return steps.filter((s, i) => i > 0 && s.state !== steps[i - 1]!.state);
    };
    const run = runs.findIndex((r) => changes(r).length >= 3);
    return { run, graphic: runs[run]?.querySelector('scene-graphic')?.getAttribute('data-graphic') ?? '', told: run < 0 ? [] : changes(runs[run]!).slice(0, 3) };
  });
  expect(told).toHaveLength(3);
  const stage = await atRunStart(page, run);
  const tell = (step: { state: string; index: number }) => ({ graphic, state: step.state, index: step.index, direction: 1, instant: false });
  // The drawing is untouched in the frame the step is told in, and moving two frames later.
  const seen = await stage.evaluate((el, [detail]) => {
    const svg = [...el.querySelectorAll('[data-frame] svg')].find((s) => s.checkVisibility())!;
    const drawing = () => [...svg.querySelectorAll('*')].map((m) => m.outerHTML).join('');
    const before = drawing();
    const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));
    return new Promise<{ inFrame: boolean; later: boolean }>((resolve) =>
      requestAnimationFrame(async () => {
        document.dispatchEvent(new CustomEvent('story:step', { detail }));
        const inFrame = drawing() === before;
        await frame();
        await frame();
        resolve({ inFrame, later: drawing() !== before });
      }),
    );
  }, [tell(told[0]!)]);
  expect(seen).toEqual({ inFrame: true, later: true });
  // A change cut short in mid-tween, then one cut short before its tween began: the stage settles on the last.
  await page.evaluate(
    ([second, third]) =>
      new Promise<void>((resolve) =>
        requestAnimationFrame(() => {
          document.dispatchEvent(new CustomEvent('story:step', { detail: second }));
          document.dispatchEvent(new CustomEvent('story:step', { detail: third }));
          resolve();
        }),
      ),
    [tell(told[1]!), tell(told[2]!)],
  );
  await expect(stage).toHaveAttribute('data-state', told[2]!.state);
  await expect(stage).toHaveAttribute('data-settled', 'true');
  await expect(stage.locator('figure')).toHaveAttribute('data-state', told[2]!.state);
  const exact = async (state: string) => {
    const parts = (await stage.evaluate(stageParts, state)).filter((p) => p.shown);
    expect(parts.length).toBeGreaterThan(1);
    for (const { part, live, still } of parts) expect(live, `${state}: ${part}`).toBe(still);
  };
  await exact(told[2]!.state);
  // A change of state in mid-tween, then a jump: the jump is drawn at once, exactly, and nothing of the tween is left.
  const settledAtOnce = await stage.evaluate(
    (el, [moving, jump]) =>
      new Promise<string | undefined>((resolve) => {
        document.dispatchEvent(new CustomEvent('story:step', { detail: moving }));
        setTimeout(() =>
          requestAnimationFrame(() => {
            document.dispatchEvent(new CustomEvent('story:step', { detail: { ...jump, instant: true } }));
            resolve((el as HTMLElement).dataset.settled);
          }),
        );
      }),
    [tell(told[1]!), tell(told[0]!)],
  );
  expect(settledAtOnce).toBe('true');
  await frames(page);
  await expect(stage).toHaveAttribute('data-state', told[0]!.state);
  await expect(stage).toHaveAttribute('data-settled', 'true');
  await exact(told[0]!.state);
});

// A mark the new state does not have fades out in the tween; until the copy that ends the change removes it, a reader
// tabbing through the drawing must not land on it, under the marks drawn in over it.
test('marks that leave with a change of state are out of the keyboard’s reach while they fade', async ({ page }) => {
  await openStory(page, '/?mode=scroll');
  // The casualty chart's run with the final toll, which has many points the run's first state (the first reports) lacks.
  const found = await page.evaluate(() => {
    const runs = [...document.querySelectorAll('[data-run]')];
    const run = runs.findIndex((r) => r.querySelector('scene-graphic')?.getAttribute('data-graphic') === 'casualty-tally' && r.querySelector('[data-step][data-state="final"]'));
    const steps = [...(runs[run]?.querySelectorAll<HTMLElement>('[data-step]') ?? [])];
    const final = steps.find((s) => s.dataset.state === 'final');
    const step = (s: HTMLElement) => ({ state: s.dataset.state!, index: Number(s.dataset.index) });
    return final && steps[0]!.dataset.state !== 'final' ? { run, graphic: 'casualty-tally', from: step(final), to: step(steps[0]!) } : null;
  });
  expect(found).not.toBeNull();
  const { run, graphic, from, to } = found!;
  const stage = await atRunStart(page, run);
  const tell = (step: { state: string; index: number }, instant: boolean) => ({ graphic, state: step.state, index: step.index, direction: -1, instant });
  type Mark = { key: string | null; tag: string; tabbable: boolean; opacity: string | null };
  // The marks of the drawing shown, as the keyboard and the eye meet them.
  const marks = () =>
    stage.evaluate((el) =>
      [...[...el.querySelectorAll('[data-frame] svg')].find((s) => s.checkVisibility())!.children].map((m) => ({ key: m.getAttribute('data-key'), tag: m.tagName, tabbable: m.hasAttribute('tabindex'), opacity: m.getAttribute('opacity') })),
    );
  const settleOn = async (step: { state: string; index: number }) => {
    await page.evaluate((detail) => document.dispatchEvent(new CustomEvent('story:step', { detail })), tell(step, true));
    await expect(stage).toHaveAttribute('data-state', step.state);
    await expect(stage).toHaveAttribute('data-settled', 'true');
    await frames(page);
  };
  await settleOn(to);
  const tabbableThere = new Set((await marks()).filter((m) => m.tabbable).map((m) => `${m.tag} ${m.key}`));
  await settleOn(from);
  // A point of the final toll the first reports lack, focused as a reader tabbing through the drawing would.
  const focused = (await marks()).find((m) => m.tabbable && m.tag === 'circle' && !tabbableThere.has(`${m.tag} ${m.key}`))!;
  expect(focused).toBeDefined();
  // In the frame that tells of the change it lets go of focus; two frames into the tween, which marks take focus.
  const midway = await stage.evaluate((el, [detail, key]) => {
    const svg = [...el.querySelectorAll('[data-frame] svg')].find((s) => s.checkVisibility())!;
    svg.querySelector<SVGElement>(`:scope > [data-key="${key}"]`)!.focus();
    const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));
    return new Promise<{ held: boolean; released: boolean; settled?: string; marks: Mark[] }>((resolve) =>
      requestAnimationFrame(async () => {
        const held = document.activeElement?.getAttribute('data-key') === key;
        document.dispatchEvent(new CustomEvent('story:step', { detail }));
        const released = document.activeElement?.getAttribute('data-key') !== key;
        await frame();
        await frame();
        const marks = [...svg.children].map((m) => ({ key: m.getAttribute('data-key'), tag: m.tagName, tabbable: m.hasAttribute('tabindex'), opacity: m.getAttribute('opacity') }));
        resolve({ held, released, settled: (el as HTMLElement).dataset.settled, marks });
      }),
    );
  }, [tell(to, false), focused.key] as const);
  expect(midway).toMatchObject({ held: true, released: true, settled: 'false' });
  await expect(stage).toHaveAttribute('data-settled', 'true');
  const there = new Set((await marks()).map((m) => `${m.tag} ${m.key}`));
  const leaving = midway.marks.filter((m) => !there.has(`${m.tag} ${m.key}`));
  // The marks that leave are still drawn midway, hidden, and none of them takes focus; the marks that stay keep it.
  expect(leaving.length).toBeGreaterThan(0);
  expect(leaving.filter((m) => m.opacity !== '0').map((m) => m.key)).toEqual([]);
  expect(leaving.filter((m) => m.tabbable).map((m) => m.key)).toEqual([]);
  expect(midway.marks.filter((m) => tabbableThere.has(`${m.tag} ${m.key}`) && !m.tabbable).map((m) => m.key)).toEqual([]);
  // Back to the final toll, cut short midway: its points take focus again, exactly as its static figure has them.
  await page.evaluate(
    ([forth, back]) =>
      new Promise<void>((resolve) => {
        document.dispatchEvent(new CustomEvent('story:step', { detail: forth }));
        setTimeout(() => requestAnimationFrame(() => requestAnimationFrame(() => {
          document.dispatchEvent(new CustomEvent('story:step', { detail: back }));
          resolve();
        })));
      }),
    [tell(from, false), tell(to, false)] as const,
  );
  await expect(stage).toHaveAttribute('data-settled', 'true');
  await page.evaluate((detail) => document.dispatchEvent(new CustomEvent('story:step', { detail })), tell(from, false));
  await expect(stage).toHaveAttribute('data-state', from.state);
  await expect(stage).toHaveAttribute('data-settled', 'true');
  const parts = (await stage.evaluate(stageParts, from.state)).filter((p) => p.shown);
  expect(parts.length).toBeGreaterThan(1);
  for (const { part, live, still } of parts) expect(live, part).toBe(still);
});
