import type { Page } from '@playwright/test';

/** What one Tab press led to. */
export interface FocusStop {
  /** A readable name of the focused element: tag, id or text. */
  name: string;
  /** The focused element comes after the previous stop in the document (reading) order. */
  inOrder: boolean;
  /** Inside the viewport, showing a focus indicator, and not hidden under another element (WCAG 2.4.7, 2.4.11). */
  visible: boolean;
  why: string;
}

interface WalkState { sel: string; tabbables: () => HTMLElement[]; prev: HTMLElement | null; reached: Set<HTMLElement>; ahead: Set<HTMLElement> }

// Runs in the page: starts the walk's record, kept by element identity rather than by index or attribute, because
// the page changes under the walk (a live graphic copies a static figure's markup; an embed loader shows a framed
// page in place of its still fallback). Returns how many Tab presses the controls present now need.
function startWalk(): number {
  const sel = 'a[href], area[href], button:not([disabled]), input:not([disabled]):not([type=hidden]), select:not([disabled]), textarea:not([disabled]), summary, iframe, [tabindex], [contenteditable=""], [contenteditable="true"]';
  // The controls a keyboard reader can reach now: of a group of radio buttons only the checked one (or the first).
  const tabbables = (): HTMLElement[] => {
    const radioStop = (el: HTMLElement) => {
      if (!(el instanceof HTMLInputElement) || el.type !== 'radio' || !el.name) return true;
      const group = [...document.querySelectorAll<HTMLInputElement>(`input[type=radio][name="${CSS.escape(el.name)}"]`)];
      return el === (group.find((r) => r.checked) ?? group[0]);
    };
    return [...document.querySelectorAll<HTMLElement>(sel)].filter((el) => el.tabIndex >= 0 && radioStop(el) && !el.closest('[inert]') && el.checkVisibility({ visibilityProperty: true }));
  };
  // Focus starts at the top: every control shown now is ahead.
  (window as unknown as { walk: WalkState }).walk = { sel, tabbables, prev: null, reached: new Set(), ahead: new Set(tabbables()) };
  const framed = [...document.querySelectorAll('iframe')].reduce((n, f) => n + (f.contentDocument?.querySelectorAll(sel).length ?? 0), 0);
  return document.querySelectorAll(sel).length + framed;
}

// Runs in the page after each Tab: records the focused element and checks it against the previous one.
function inspect(): FocusStop & { kind: 'body' | 'same-frame' | 'repeat' | 'stop'; ahead: boolean; frameControls: number } {
  const walk = (window as unknown as { walk: WalkState }).walk;
  const base = { name: 'body', inOrder: true, visible: true, why: '', ahead: false, frameControls: 0 };
  const el = document.activeElement as HTMLElement | null;
  const prev = walk.prev;
  if (!el || el === document.body || el === document.documentElement) {
    // Focus left the page: fine past the last control, a loss if controls were still ahead of the last stop.
    const ahead = prev !== null && prev.isConnected && walk.tabbables().some((t) => !walk.reached.has(t) && Boolean(prev.compareDocumentPosition(t) & Node.DOCUMENT_POSITION_FOLLOWING) && !prev.contains(t));
    return { ...base, kind: 'body', ahead };
  }
  const isFrame = el instanceof HTMLIFrameElement;
  // Inside an iframe, focus moves among the framed page's own controls: the frame counts once.
  if (isFrame && el === prev) return { ...base, kind: 'same-frame' };
  if (walk.reached.has(el)) return { ...base, kind: 'repeat' };
  const name = `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''} "${(el.textContent ?? '').trim().slice(0, 40)}"`;
  // A previous stop that has since left the page or been hidden (a still fallback replaced by the frame before it,
  // which the embed loader focuses in its place) gives no order to check.
  const gone = !prev || !prev.isConnected || !prev.checkVisibility({ visibilityProperty: true });
  const inOrder = gone || Boolean(prev.compareDocumentPosition(el) & Node.DOCUMENT_POSITION_FOLLOWING) || prev.contains(el);
  const r = el.getBoundingClientRect();
  const style = getComputedStyle(el);
  const indicator = (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0) || style.boxShadow !== 'none';
  const inView = r.width > 0 && r.height > 0 && r.bottom > 0 && r.right > 0 && r.top < innerHeight && r.left < innerWidth;
  const points = [[0.5, 0.5], [0.1, 0.5], [0.9, 0.5], [0.5, 0.1], [0.5, 0.9]].map(([x, y]) => [r.left + r.width * x!, r.top + r.height * y!] as const);
  const shown = points.some(([x, y]) => { const hit = document.elementFromPoint(x, y); return hit !== null && (el.contains(hit) || hit.contains(el)); });
  // Focus inside a framed page is on that page's own control, whose indicator its own walk checks; here, only that
  // the frame is on screen.
  const why = (isFrame ? [!inView && 'outside the viewport'] : [!inView && 'outside the viewport', !indicator && 'no focus indicator', inView && !shown && `hidden under ${document.elementFromPoint(points[0]![0], points[0]![1])?.tagName.toLowerCase()}`]).filter(Boolean).join(', ');
  walk.reached.add(el);
  walk.prev = el;
  // The controls ahead of focus now are the ones the walk must still reach; one shown behind focus (the live graphic
  // drawing the state a later passage asked for, in a stage earlier in the page) is not a miss.
  for (const t of walk.tabbables()) if (el.compareDocumentPosition(t) & Node.DOCUMENT_POSITION_FOLLOWING && !el.contains(t)) walk.ahead.add(t);
  const frameControls = isFrame ? (el.contentDocument?.querySelectorAll(walk.sel).length ?? 0) : 0;
  return { name, inOrder, visible: !why, why, kind: 'stop', ahead: false, frameControls };
}

// Runs in the page at the end: the controls that were ahead of focus at some stop, are still shown, and were never
// reached. Of a group of radio buttons, reaching one reaches the group.
function unreached(): string[] {
  const walk = (window as unknown as { walk: WalkState }).walk;
  const groupReached = (el: HTMLElement) => el instanceof HTMLInputElement && el.type === 'radio' && el.name !== '' && [...walk.reached].some((r) => r instanceof HTMLInputElement && r.name === el.name);
  return [...walk.ahead]
    .filter((el) => !walk.reached.has(el) && !groupReached(el) && el.isConnected && el.tabIndex >= 0 && !el.closest('[inert]') && el.checkVisibility({ visibilityProperty: true }))
    .map((el) => `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''} "${(el.textContent ?? '').trim().slice(0, 40)}"`);
}

/**
 * Presses Tab from the top of the page until focus leaves it; returns each stop, what it never reached, whether it
 * cycled (came back to a control already visited, or never left within the presses the controls need), and the
 * control after which focus fell back to the page with controls still ahead.
 */
export async function focusWalk(page: Page): Promise<{ stops: FocusStop[]; missed: string[]; trapped: boolean; lostAfter?: string }> {
  await page.evaluate(() => { (document.activeElement as HTMLElement | null)?.blur(); scrollTo({ top: 0, behavior: 'instant' }); });
  // Enough presses for every control there now, twice over; a frame shown later adds its own controls when entered.
  let budget = (await page.evaluate(startWalk)) * 2 + 20;
  const stops: FocusStop[] = [];
  let trapped = true;
  let lostAfter: string | undefined;
  for (let i = 0; i < budget; i++) {
    await page.keyboard.press('Tab');
    // Focus entering a framed page brings the frame into view in a later task, and a frame above it may still be
    // taking its content's height: wait (up to 2 s) for the frame to be on screen before judging it.
    await page
      .waitForFunction(() => {
        const el = document.activeElement;
        if (!(el instanceof HTMLIFrameElement)) return true;
        const r = el.getBoundingClientRect();
        return r.bottom > 0 && r.top < innerHeight;
      }, null, { timeout: 2000 })
      .catch(() => undefined);
    const s = await page.evaluate(inspect);
    if (s.kind === 'body') {
      trapped = false;
      if (s.ahead) lostAfter = stops.at(-1)?.name;
      break;
    }
    if (s.kind === 'repeat') break;
    if (s.kind === 'same-frame') continue;
    budget += s.frameControls * 2;
    stops.push({ name: s.name, inOrder: s.inOrder, visible: s.visible, why: s.why });
  }
  return { stops, missed: await page.evaluate(unreached), trapped, lostAfter };
}
