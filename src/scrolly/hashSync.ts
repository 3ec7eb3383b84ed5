/** How long the hash waits for scrolling to settle: the URL follows the reader without flooding the browser. */
export const HASH_DELAY_MS = 250;

/** A step hash, or another hash the reader navigated to (a source), which scrolling must not overwrite. */
const isStepHash = (hash: string) => hash === '' || hash === '#' || hash.startsWith('#step-');

/**
 * Keeps location.hash on the active step with history.replaceState, so scrolling the whole story adds nothing
 * to the history. Waits for a pause, since some browsers refuse more than a hundred replacements in 30 seconds.
 */
export class HashSync {
  #timer: ReturnType<typeof setTimeout> | null = null;
  #wanted: string | null = null;
  #onLoad: (() => void) | null = null;

  /** Asks for `#id` (or no hash, for null) once the reader pauses; `now` writes it at once. */
  set(id: string | null, now = false): void {
    this.#wanted = id ? `#${id}` : '';
    if (this.#timer) clearTimeout(this.#timer);
    this.#timer = null;
    if (now) this.flush();
    else this.#timer = setTimeout(() => this.flush(), HASH_DELAY_MS);
  }

  /**
   * Writes the waiting hash, if any. Not before the load event: until then the browser scrolls to the element the
   * document's URL names, and a hash written while loading (step-through opened without one writes its first step's)
   * would scroll a fresh visit past the graphic to that step's text.
   */
  flush(): void {
    if (this.#timer) clearTimeout(this.#timer);
    this.#timer = null;
    if (document.readyState !== 'complete') {
      this.#onLoad ??= () => {
        this.#onLoad = null;
        this.flush();
      };
      // The same listener added again is not added twice.
      addEventListener('load', this.#onLoad, { once: true });
      return;
    }
    const wanted = this.#wanted;
    this.#wanted = null;
    if (wanted === null || wanted === location.hash || !isStepHash(location.hash)) return;
    history.replaceState(history.state, '', `${location.pathname}${location.search}${wanted}`);
  }

  /** Drops a waiting hash. */
  destroy(): void {
    if (this.#timer) clearTimeout(this.#timer);
    this.#timer = null;
    if (this.#onLoad) removeEventListener('load', this.#onLoad);
    this.#onLoad = null;
    this.#wanted = null;
  }
}
