/** Anything that can hold text: a live region in the page, a stand-in in tests. */
export interface TextTarget {
  textContent: string | null;
}

/**
 * Speaks through a polite live region at most once per `interval` ms. A message that arrives sooner waits for the
 * end of the interval and replaces any message still waiting, so a burst of key presses ends with one announcement
 * of where the reader landed.
 */
export class ThrottledAnnouncer {
  #last = -Infinity;
  #pending: string | null = null;
  #timer: ReturnType<typeof setTimeout> | null = null;

  constructor(
    private readonly region: TextTarget,
    private readonly interval = 750,
    private readonly now: () => number = () => performance.now(),
  ) {}

  /** Announces `text` now, or at the end of the current interval. */
  say(text: string): void {
    const wait = this.#last + this.interval - this.now();
    if (wait <= 0 && !this.#timer) return this.#speak(text);
    this.#pending = text;
    this.#timer ??= setTimeout(() => {
      this.#timer = null;
      if (this.#pending !== null) this.#speak(this.#pending);
    }, Math.max(0, wait));
  }

  /** Stops any waiting announcement. */
  destroy(): void {
    if (this.#timer) clearTimeout(this.#timer);
    this.#timer = null;
    this.#pending = null;
  }

  #speak(text: string) {
    this.#pending = null;
    this.#last = this.now();
    // Screen readers skip a region whose text did not change, so a repeat gets a trailing no-break space.
    this.region.textContent = this.region.textContent === text ? `${text}\u00a0` : text;
  }
}
