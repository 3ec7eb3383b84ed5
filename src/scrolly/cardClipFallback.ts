import { Disposables } from './disposables';

/** How much of a card's top to cut so nothing of it shows above the safe line (0 when it is all below). */
export function clipTop(cardTop: number, cardHeight: number, safeLine: number): number {
  return Math.max(0, Math.min(cardHeight, safeLine - cardTop));
}

/** Whether the browser cuts the cards itself (a scroll-driven animation in scrollMode.css). */
export const cssCutsCards = (): boolean => typeof CSS !== 'undefined' && CSS.supports('animation-timeline: view()');

/**
 * For browsers without scroll-driven animations: cuts each passage card at the safe line once per frame while
 * scrolling, and whenever a card changes, so cards never cover the graphic's safe area on phones either.
 */
export function startCardClipFallback(cards: HTMLElement[], safeLine: () => number): () => void {
  const bag = new Disposables();
  let frame = 0;
  const cut = () => {
    frame = 0;
    const line = safeLine();
    for (const card of cards) {
      const r = card.getBoundingClientRect();
      const top = line ? clipTop(r.top, r.height, line) : 0;
      const value = top ? `inset(${top}px -1rem -1rem)` : '';
      if (card.style.clipPath !== value) card.style.clipPath = value;
    }
  };
  const soon = () => (frame ||= requestAnimationFrame(cut));
  const now = () => {
    cancelAnimationFrame(frame);
    cut();
  };
  bag.listen(window, 'scroll', soon, { passive: true });
  bag.listen(window, 'resize', soon);
  // A card also changes height without a scroll: its passage figure is built, a table opens in it, its figure comes
  // near and is laid out. A cut made for its old height would leave the new part over the graphic, so it is cut
  // again before that frame is painted: at once after a change inside it (which can come from a resize observer
  // further down the page, too late for another observer's turn in that frame), and in the resize observers' turn.
  const changed = new MutationObserver(now);
  const resized = new ResizeObserver(now);
  for (const card of cards) {
    changed.observe(card, { childList: true, subtree: true, attributes: true, attributeFilter: ['open'] });
    resized.observe(card);
  }
  bag.add(() => changed.disconnect());
  bag.add(() => resized.disconnect());
  bag.add(() => cancelAnimationFrame(frame));
  bag.add(() => cards.forEach((c) => c.style.removeProperty('clip-path')));
  cut();
  return () => bag.dispose();
}
