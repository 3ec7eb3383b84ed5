import type { StoryChapter, StoryStep } from './buildStory';

/** The first step that shows `graphic` (in `state`, when given): where an embed's links take a reader in the story. */
export function firstStep(story: StoryChapter[], graphic: string, state?: string): StoryStep | undefined {
  const steps = story.flatMap((c) => c.steps).filter((s) => s.graphic === graphic);
  return (state ? steps.find((s) => s.state === state) : undefined) ?? steps[0];
}
