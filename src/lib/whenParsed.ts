/**
 * Runs `fn` once the document has been parsed: at once if it has, else at DOMContentLoaded. A custom element defined
 * by a script that runs mid-parse (async) is connected before its children are; it starts once they all are.
 */
export function whenParsed(fn: () => void): void {
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', () => fn(), { once: true });
  else fn();
}
