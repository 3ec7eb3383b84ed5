/**
 * The reading-progress bar: the share of the story's steps reached, on the bar and in its ARIA values.
 * Returns the listener to give StepActivation.onChange.
 */
export function readingProgress(bar: HTMLElement, total: number): (index: number) => void {
  const fill = bar.querySelector<HTMLElement>('[data-progress-fill]');
  return (index) => {
    const reached = Math.max(0, Math.min(total, index + 1));
    bar.setAttribute('aria-valuenow', String(reached));
    bar.setAttribute('aria-valuetext', reached ? `Step ${reached} of ${total}` : 'Not started');
    fill?.style.setProperty('transform', `scaleX(${reached / total})`);
  };
}
