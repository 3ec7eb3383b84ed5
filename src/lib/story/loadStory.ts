import { getCollection, getEntry } from 'astro:content';
import chaptersFile from '../../../content/story/chapters.json';
import { buildStory, type StoryChapter } from './buildStory';
import type { StoryMeta } from './schemas';

// The content layer does not keep a file's order; chapters.json is the reading order.
const chapterOrder = chaptersFile.map((c) => c.id);

/** The story in reading order and its headline, for pages other than the explainer (embeds, gallery). */
export async function loadStory(): Promise<{ story: StoryChapter[]; meta: StoryMeta }> {
  const chapters = (await getCollection('chapters')).map((c) => c.data).sort((a, b) => chapterOrder.indexOf(a.id) - chapterOrder.indexOf(b.id));
  const story = buildStory(chapters, await getCollection('steps'));
  return { story, meta: (await getEntry('storyMeta', 'story'))!.data };
}
