import { getCollection, getEntry } from 'astro:content';
import { buildStory, type StoryChapter } from './buildStory';
import type { StoryMeta } from './schemas';

/** The story in reading order and its headline, for pages other than the explainer (embeds, gallery). */
export async function loadStory(): Promise<{ story: StoryChapter[]; meta: StoryMeta }> {
  const chapters = (await getCollection('chapters')).map((c) => c.data);
  const story = buildStory(chapters, await getCollection('steps'));
  return { story, meta: (await getEntry('storyMeta', 'story'))!.data };
}
