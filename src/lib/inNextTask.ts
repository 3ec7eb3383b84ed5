/**
 * Runs `task` in a task of its own after the one running now; when that is a frame's animation callbacks, after the
 * frame has been drawn (from an event handler, it may run before the next frame). Returns a function that cancels it
 * if it has not run.
 */
export function inNextTask(task: () => void): () => void {
  const id = setTimeout(task, 0);
  return () => clearTimeout(id);
}
