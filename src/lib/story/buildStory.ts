import type { Chapter, StepData } from './schemas';

/** A step entry as the content layer gives it: id "01-spark/01-price-rise" and its frontmatter. */
export interface StepEntry {
  id: string;
  filePath?: string;
  data: StepData;
}

/** A step placed in the story: its stable slug and DOM id, chapter and position. */
export interface StoryStep extends StepData {
  entryId: string;
  slug: string;
  domId: string;
  chapter: string;
  index: number;
}

export interface StoryChapter extends Chapter {
  steps: StoryStep[];
}

/** Thrown when the story's files do not fit together; the message names file, step and valid choices. */
export class StoryError extends Error {
  override name = 'StoryError';
}

const folderPattern = /^(\d+)-([a-z0-9-]+)$/;
const filePattern = /^(\d+)-([a-z0-9-]+)$/;

/** Orders chapters and steps and checks that every step sits in a known chapter with a unique slug. */
export function buildStory(chapters: Chapter[], entries: StepEntry[]): StoryChapter[] {
  const problems: string[] = [];
  const byChapter = new Map<string, StepEntry[]>(chapters.map((c) => [c.id, []]));
  const validChapters = chapters.map((c) => c.id).join(', ');
  const slugs = new Map<string, string>();
  const sorted = [...entries].sort((a, b) => a.id.localeCompare(b.id, 'en', { numeric: true }));
  for (const e of sorted) {
    const file = e.filePath ?? `content/story/${e.id}.md`;
    const [folder = '', name = ''] = e.id.split('/');
    const chapter = folderPattern.exec(folder)?.[2];
    const slug = filePattern.exec(name)?.[2];
    if (!chapter || !byChapter.has(chapter)) {
      problems.push(`${file}: step "${name}" is in folder "${folder}", which names no chapter; valid chapters: ${validChapters} (folders are NN-<chapter id>)`);
      continue;
    }
    if (!slug) {
      problems.push(`${file}: step file name "${name}" must be NN-<slug>, e.g. 01-price-rise.md`);
      continue;
    }
    const clash = slugs.get(slug);
    if (clash) problems.push(`${file}: step slug "${slug}" is also used by ${clash}; slugs must be unique across the story`);
    slugs.set(slug, file);
    byChapter.get(chapter)!.push(e);
  }
  for (const c of chapters) if (!byChapter.get(c.id)!.length) problems.push(`content/story/chapters.json: chapter "${c.id}" has no steps (expected a folder NN-${c.id}/ with step files)`);
  if (problems.length) throw new StoryError(`Invalid story:\n  ${problems.join('\n  ')}`);
  let index = 0;
  return chapters.map((c) => ({
    ...c,
    steps: byChapter.get(c.id)!.map((e) => {
      const slug = filePattern.exec(e.id.split('/')[1]!)![2]!;
      return { ...e.data, entryId: e.id, slug, domId: `step-${slug}`, chapter: c.id, index: index++ };
    }),
  }));
}
