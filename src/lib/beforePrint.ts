/**
 * Runs `run` before printing: beforeprint comes before the print layout, so what it changes is in it; the media
 * query also catches print emulation, which fires no beforeprint. Returns a function that stops listening.
 */
export function beforePrint(run: () => void): () => void {
  const print = matchMedia('print');
  const onPrintChange = (e: MediaQueryListEvent) => e.matches && run();
  addEventListener('beforeprint', run);
  print.addEventListener('change', onPrintChange);
  return () => {
    removeEventListener('beforeprint', run);
    print.removeEventListener('change', onPrintChange);
  };
}
