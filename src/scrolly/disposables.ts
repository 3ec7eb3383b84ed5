/** Something to undo when a component leaves the page. */
export type Dispose = () => void;

/** Collects the undo functions of listeners, observers and timers, and runs them all once. */
export class Disposables {
  #items: Dispose[] = [];

  /** Keeps `dispose` to run later; returns it so callers can run it early. */
  add(dispose: Dispose): Dispose {
    this.#items.push(dispose);
    return dispose;
  }

  /** Adds an event listener and keeps its removal. */
  listen<K extends string>(target: EventTarget, type: K, fn: (e: Event) => void, options?: AddEventListenerOptions): void {
    target.addEventListener(type, fn, options);
    this.add(() => target.removeEventListener(type, fn, options));
  }

  /** Runs every undo function, newest first. */
  dispose(): void {
    for (const d of this.#items.splice(0).reverse()) d();
  }
}

/**
 * Runs `setup` and returns the listeners it added to `target` with a function that removes them. For libraries that
 * add listeners they never remove (scrollama 3.2 adds a document scroll listener on every setup).
 */
export function captureListeners<T>(target: EventTarget, setup: () => T): [T, Dispose] {
  const added: [string, EventListenerOrEventListenerObject, boolean | AddEventListenerOptions | undefined][] = [];
  const original = target.addEventListener;
  target.addEventListener = function (type, fn, options) {
    if (fn) added.push([type, fn, options]);
    original.call(this, type, fn, options);
  };
  try {
    return [setup(), () => added.splice(0).forEach(([type, fn, options]) => target.removeEventListener(type, fn, options))];
  } finally {
    // The method is inherited from EventTarget.prototype; deleting the own copy restores it.
    delete (target as { addEventListener?: unknown }).addEventListener;
    if (target.addEventListener !== original) target.addEventListener = original;
  }
}
