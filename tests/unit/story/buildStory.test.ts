import { describe, expect, it } from 'vitest';
import { buildStory, StoryError, type StepEntry } from '../../../src/lib/story/buildStory';

const chapters = [
  { id: 'spark', title: 'The spark' },
  { id: 'spread', title: 'The spread' },
];
const step = (id: string, state = 'jan-02'): StepEntry => ({ id, filePath: `content/story/${id}.md`, data: { graphic: 'unrest-map', state } });

describe('buildStory', () => {
  it('orders steps by folder and file number, numerically', () => {
    const story = buildStory(chapters, [step('02-spread/01-four'), step('01-spark/10-late'), step('01-spark/2-early')]);
    expect(story.map((c) => c.steps.map((s) => s.slug))).toEqual([['early', 'late'], ['four']]);
    expect(story[1]!.steps[0]).toMatchObject({ domId: 'step-four', chapter: 'spread', index: 2 });
  });

  it('rejects a step in a folder that names no chapter, listing the chapters', () => {
    expect(() => buildStory(chapters, [step('01-spark/01-a'), step('02-spread/01-b'), step('03-troops/01-c')])).toThrow(
      'content/story/03-troops/01-c.md: step "01-c" is in folder "03-troops", which names no chapter; valid chapters: spark, spread',
    );
  });

  it('rejects two steps with the same slug', () => {
    expect(() => buildStory(chapters, [step('01-spark/01-same'), step('02-spread/01-same')])).toThrow(/step slug "same" is also used by content\/story\/01-spark\/01-same.md/);
  });

  it('rejects a chapter with no steps', () => {
    expect(() => buildStory(chapters, [step('01-spark/01-a')])).toThrow(StoryError);
  });
});
