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

// Runs in the page: tags every element a keyboard user can reach, so the walk can tell which it missed.
function tagTabbables(): number {
  const sel = 'a[href], area[href], button:not([disabled]), input:not([disabled]):not([type=hidden]), select:not([disabled]), textarea:not([disabled]), summary, iframe, [tabindex], [contenteditable=""], [contenteditable="true"]';
  // Of a group of radio buttons only the checked one (or the first) is a Tab stop; arrow keys move within the group.
  const radioStop = (el: HTMLElement) => {
    if (!(el instanceof HTMLInputElement) || el.type !== 'radio' || !el.name) return true;
    const group = [...document.querySelectorAll<HTMLInputElement>(`input[type=radio][name="${CSS.escape(el.name)}"]`)];
    return el === (group.find((r) => r.checked) ?? group[0]);
  };
  const all = [...document.querySelectorAll<HTMLElement>(sel)].filter((el) => el.tabIndex >= 0 && radioStop(el) && !el.closest('[inert]') && el.checkVisibility({ visibilityProperty: true }));
  // Kept by identity, not as an attribute: a live graphic copies a static figure's markup, attributes and all.
  (window as unknown as { tabbables: HTMLElement[] }).tabbables = all;
  // Tab also walks the controls inside each framed page; the walk needs room for those presses too.
  const framed = all.filter((el): el is HTMLIFrameElement => el instanceof HTMLIFrameElement).reduce((n, f) => n + (f.contentDocument?.querySelectorAll(sel).length ?? 0), 0);
  return all.length + framed;
}

// Runs in the page after each Tab: checks the focused element against the previous one.
function inspect(prevKb: string | null): FocusStop & { kb: string | null; atBody: boolean; isFrame: boolean } {
  const el = document.activeElement as HTMLElement | null;
  if (!el || el === document.body || el === document.documentElement) return { name: 'body', inOrder: true, visible: true, why: '', kb: null, atBody: true, isFrame: false };
  const name = `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''} "${(el.textContent ?? '').trim().slice(0, 40)}"`;
  const tabbables = (window as unknown as { tabbables: HTMLElement[] }).tabbables;
  const prev = prevKb !== null ? tabbables[Number(prevKb)] : null;
  const at = tabbables.indexOf(el);
  const inOrder = !prev || Boolean(prev.compareDocumentPosition(el) & Node.DOCUMENT_POSITION_FOLLOWING) || prev.contains(el);
  const r = el.getBoundingClientRect();
  const style = getComputedStyle(el);
  const indicator = (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0) || style.boxShadow !== 'none';
  const inView = r.width > 0 && r.height > 0 && r.bottom > 0 && r.right > 0 && r.top < innerHeight && r.left < innerWidth;
  const points = [[0.5, 0.5], [0.1, 0.5], [0.9, 0.5], [0.5, 0.1], [0.5, 0.9]].map(([x, y]) => [r.left + r.width * x!, r.top + r.height * y!] as const);
  const shown = points.some(([x, y]) => { const hit = document.elementFromPoint(x, y); return hit !== null && (el.contains(hit) || hit.contains(el)); });
  const isFrame = el.tagName === 'IFRAME';
  // Focus inside a framed page is on that page's own control, whose indicator its own walk checks; here, only that
  // the frame is on screen.
  const why = (isFrame ? [!inView && 'outside the viewport'] : [!inView && 'outside the viewport', !indicator && 'no focus indicator', inView && !shown && `hidden under ${document.elementFromPoint(points[0]![0], points[0]![1])?.tagName.toLowerCase()}`]).filter(Boolean).join(', ');
  return { name, inOrder, visible: !why, why, kb: at >= 0 ? String(at) : null, atBody: false, isFrame };
}

/**
 * Presses Tab from the top of the page until focus leaves it; returns each stop, what it never reached, whether it
 * cycled, and the control after which focus fell back to the page (its element was replaced) with controls still ahead.
 */
export async function focusWalk(page: Page): Promise<{ stops: FocusStop[]; missed: string[]; trapped: boolean; lostAfter?: string }> {
  await page.evaluate(() => { (document.activeElement as HTMLElement | null)?.blur(); scrollTo({ top: 0, behavior: 'instant' }); });
  const count = await page.evaluate(tagTabbables);
  const reached = new Set<string>();
  const stops: FocusStop[] = [];
  let prev: string | null = null;
  let trapped = true;
  let lostAfter: string | undefined;
  for (let i = 0; i < count * 2 + 20; i++) {
    await page.keyboard.press('Tab');
    const s: ReturnType<typeof inspect> = await page.evaluate(inspect, prev);
    // Past the last control focus leaves the document; coming back to a control already visited first is a trap.
    if (s.atBody) {
      trapped = false;
      const ahead = await page.evaluate((kb) => kb !== null && (window as unknown as { tabbables: HTMLElement[] }).tabbables[Number(kb) + 1] !== undefined, prev);
      if (ahead) lostAfter = stops.at(-1)?.name;
      break;
    }
    if (s.kb !== null && reached.has(s.kb) && !s.isFrame) break;
    // Inside an iframe, focus moves among the framed page's own controls: the frame counts once.
    if (s.isFrame && s.kb === prev) continue;
    if (s.kb !== null) reached.add(s.kb);
    stops.push({ name: s.name, inOrder: s.inOrder, visible: s.visible, why: s.why });
    prev = s.kb ?? prev;
  }
  const missed = await page.evaluate((seen) => (window as unknown as { tabbables: HTMLElement[] }).tabbables
    .filter((el, i) => !seen.includes(String(i)) && el.isConnected && el.tabIndex >= 0 && el.checkVisibility({ visibilityProperty: true }))
    .map((el) => `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''} "${(el.textContent ?? '').trim().slice(0, 40)}"`), [...reached]);
  return { stops, missed, trapped, lostAfter };
}
