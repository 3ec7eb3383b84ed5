/** One part of a live stage against the same part of a static figure, each as markup without ids. */
export interface StagePart {
  part: 'phone' | 'desktop' | '.graphic-title' | 'figcaption .credit';
  /** Whether the stage's part is laid out now (a hidden part takes its state when it is shown). */
  shown: boolean;
  live: string;
  still: string;
}

/**
 * What a stage draws against the static figure of `state`, part by part: each frame's drawing, the title and the
 * credit (a stage built in its state carries no table and keeps its embed code inert, so the caption's credit is the
 * part they share). Runs in the page: pass it to `evaluate` on a `scene-graphic` locator, with the state. It refers
 * to nothing outside itself, since Playwright sends it to the page as source.
 */
export function stageParts(stage: Element, state: string): StagePart[] {
  const clean = (el: Element | null | undefined) => (el?.innerHTML ?? 'missing').replace(/\s(id|aria-labelledby)="[^"]*"/g, '');
  // A passage's figure may still hold its drawing as the build's inert markup: read that markup as it is.
  const drawing = (frame: Element | null | undefined) => {
    const inert = frame?.querySelector('noscript');
    if (!inert) return frame?.querySelector('svg');
    const t = document.createElement('template');
    t.innerHTML = inert.textContent ?? '';
    return t.content.querySelector('svg');
  };
  const graphic = stage.getAttribute('data-graphic');
  const figure = document.querySelector(`figure.graphic[data-graphic="${graphic}"][data-state="${state}"]:not(scene-graphic figure)`);
  const frames = (['phone', 'desktop'] as const).map((f) => ({
    part: f,
    live: stage.querySelector(`[data-frame="${f}"] svg`),
    still: drawing(figure?.querySelector(`[data-frame="${f}"]`)),
  }));
  const captions = (['.graphic-title', 'figcaption .credit'] as const).map((sel) => ({
    part: sel,
    live: stage.querySelector(sel),
    still: figure?.querySelector(sel),
  }));
  return [...frames, ...captions].map(({ part, live, still }) => ({
    part,
    shown: live?.checkVisibility() ?? false,
    live: clean(live),
    still: clean(still),
  }));
}
