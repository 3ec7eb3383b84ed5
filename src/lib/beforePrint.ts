/**
 * Runs `run` before printing, and `after` (if given) once printing is over: beforeprint comes before the print
 * layout, so what it changes is in it; the media query also catches print emulation, which fires neither event.
 * Returns a function that stops listening.
 */
export function beforePrint(run: () => void, after?: () => void): () => void {
  const print = matchMedia('print');
  const onPrintChange = (e: MediaQueryListEvent) => (e.matches ? run() : after?.());
  const onAfter = () => after?.();
  addEventListener('beforeprint', run);
  addEventListener('afterprint', onAfter);
  print.addEventListener('change', onPrintChange);
  return () => {
    removeEventListener('beforeprint', run);
    removeEventListener('afterprint', onAfter);
    print.removeEventListener('change', onPrintChange);
  };
}
