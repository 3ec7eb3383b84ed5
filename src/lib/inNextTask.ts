/**
 * Runs `task` in a task of its own after the one running now: called from a frame's animation callbacks, after that
 * frame has been drawn. Returns a function that cancels it if it has not run.
 */
export function inNextTask(task: () => void): () => void {
  const id = setTimeout(task, 0);
  return () => clearTimeout(id);
}
