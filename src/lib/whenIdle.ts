/**
 * Runs `task` when the browser is idle, or after `timeout` ms at the latest (a page kept busy still gets it done);
 * where idle callbacks are missing, in a task of its own. Returns a function that cancels it if it has not run.
 */
export function whenIdle(task: () => void, timeout: number): () => void {
  if ('requestIdleCallback' in window) {
    const id = requestIdleCallback(task, { timeout });
    return () => cancelIdleCallback(id);
  }
  const id = setTimeout(task, 0);
  return () => clearTimeout(id);
}
