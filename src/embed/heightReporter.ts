import { heightMessages, type HeightAddress } from '../lib/embedMessages';

/** The document's height in whole px: its content, whatever the height of the frame around it. */
const documentHeight = (): number => Math.ceil(document.documentElement.getBoundingClientRect().height);

/**
 * Tells the host page the embed's height on load, after fonts load and whenever it changes (a ResizeObserver),
 * never twice in a row for the same height, so a host that sizes the frame cannot set off a loop.
 */
export class HeightReporter {
  #last = 0;
  #observer: ResizeObserver | null = null;

  constructor(
    private readonly to: HeightAddress,
    private readonly host: Window = window.parent,
  ) {}

  /** Starts reporting; does nothing on a page that is not framed. */
  start(): void {
    if (this.host === window) return;
    this.#observer = new ResizeObserver(this.send);
    this.#observer.observe(document.documentElement);
    window.addEventListener('load', this.send);
    void document.fonts.ready.then(this.send);
    this.send();
  }

  /** Stops reporting. */
  stop(): void {
    this.#observer?.disconnect();
    this.#observer = null;
    window.removeEventListener('load', this.send);
  }

  /** Sends the current height, unless it is the one last sent. */
  send = (): void => {
    const height = documentHeight();
    if (!this.#observer || height <= 0 || height === this.#last) return;
    this.#last = height;
    // A height is not private, and a static embed cannot know which origin frames it.
    for (const message of heightMessages(height, this.to)) this.host.postMessage(message, '*');
  };
}
