import { beforePrint } from './beforePrint';

/**
 * Markup a script-run page keeps hidden at first can wait as inert text: a `<noscript>` inside a `[data-deferred]`
 * box (src/components/Deferred.astro). Without scripts the browser shows it like any other markup; with scripts it
 * is one string the parser skips over, so the story does not build thousands of nodes (its passage figures'
 * drawings, hidden behind the stage, their closed data tables and embed codes) before a reader asks for them; a
 * stage builds only the states next to its own ahead of time (src/graphics/sceneGraphic.ts).
 */

/** Builds a waiting box's content from its inert markup; does nothing to one already built. */
export function reveal(box: Element): void {
  const inert = box.querySelector(':scope > noscript');
  if (!inert) return;
  // With scripting on, a noscript's content is its source text; parsing it here gives the build's exact markup.
  inert.outerHTML = inert.textContent ?? '';
  box.removeAttribute('data-deferred');
}

/** Reveals every waiting box in `root`. */
export function revealAll(root: ParentNode): void {
  for (const box of root.querySelectorAll('[data-deferred]')) reveal(box);
}

/** The drawing in a figure's frame, revealed first if it was waiting. */
export function drawingOf(frame: Element | null): SVGSVGElement | null {
  if (!frame) return null;
  revealAll(frame);
  return frame.querySelector('svg');
}

/**
 * Reveals each waiting box in `root` when it is first laid out with a size: a reading mode that shows the passage
 * figures, a closed disclosure opened. Returns a function that stops watching.
 */
export function revealWhenShown(root: ParentNode): () => void {
  // Resize observations arrive after layout and before paint, so a reader never sees the empty box.
  const shown = new ResizeObserver((entries) => {
    for (const e of entries) {
      if (e.contentRect.width === 0) continue;
      reveal(e.target);
      shown.unobserve(e.target);
    }
  });
  for (const box of root.querySelectorAll('[data-deferred]')) shown.observe(box);
  return () => shown.disconnect();
}

/** Reveals every waiting box in `root` before printing (see beforePrint). */
export function revealBeforePrint(root: ParentNode): () => void {
  return beforePrint(() => revealAll(root));
}
