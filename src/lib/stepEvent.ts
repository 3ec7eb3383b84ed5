/**
 * The one message between whatever changes the step (the scroll engine, step-through controls, an embed's
 * controls) and the graphics. Neither side imports the other; both import this.
 */
export const STEP_EVENT = 'story:step';

export interface StepDetail {
  graphic: string;
  state: string;
  index: number;
  /** 1 when moving forward through the story, -1 backwards. */
  direction: 1 | -1;
  /** Go straight to the state with no animation (a jump over several steps, a deep link, a first paint). */
  instant: boolean;
}

/** Announces a step change to every graphic on the page. */
export function dispatchStep(detail: StepDetail, target: EventTarget = document): void {
  target.dispatchEvent(new CustomEvent<StepDetail>(STEP_EVENT, { detail }));
}
