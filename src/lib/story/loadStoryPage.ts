import { getCollection, getEntry, render } from 'astro:content';
import chaptersFile from '../../../content/story/chapters.json';
import { definitionOf } from '../../graphics/definitions';
import type { GraphicId } from '../../graphics/index';
import type { Datasets } from '../data/datasets';
import { loadDatasets } from '../data/loadDatasets';
import type { Source } from '../data/schemas';
import { frameIds, frames } from '../frames';
import { figureCarriers } from '../print/figureCarriers';
import type { SceneSymbol } from '../scene';
import { buildStory, type StoryChapter } from './buildStory';
import type { StoryMeta } from './schemas';
import { sourceLinkProblems, sourceLinks } from './sourceLinks';

/** A rendered Markdown entry, as a component. */
export type RenderedContent = Awaited<ReturnType<typeof render>>['Content'];

/** Everything a page that tells the whole story needs, read and checked once. */
export interface StoryPage {
  data: Datasets;
  meta: StoryMeta;
  story: StoryChapter[];
  /** Each step's rendered passage, by entry id. */
  passages: Map<string, RenderedContent>;
  /** Entry ids of the steps that carry a figure in print and in the static edition (see figureCarriers). */
  carriers: Set<string>;
  methodology: RenderedContent | null;
  /** The sources the page cites: in passages, the methodology, figure credits and data tables. */
  citedSources: Source[];
  /** Shared geometry (base maps) the figures reference, to draw once in a sprite. */
  symbols: SceneSymbol[];
}

/** Reads the story, checks every source link, and gathers what the story page and its static edition draw. */
export async function loadStoryPage(): Promise<StoryPage> {
  const data = loadDatasets();
  const meta = (await getEntry('storyMeta', 'story'))!.data;
  // The content layer does not keep a file's order; chapters.json is the reading order.
  const order = chaptersFile.map((c) => c.id);
  const chapters = (await getCollection('chapters')).map((c) => c.data).sort((a, b) => order.indexOf(a.id) - order.indexOf(b.id));
  const stepEntries = await getCollection('steps');
  const story = buildStory(chapters, stepEntries);
  const steps = story.flatMap((c) => c.steps);

  // Every link to a source must resolve, and the sources section lists exactly what the page cites.
  const known = new Set(data.sources.map((s) => s.id));
  const problems = stepEntries.flatMap((e) => sourceLinkProblems(e.filePath ?? e.id, e.body ?? '', known));
  if (problems.length) throw new Error(`Invalid story:\n  ${problems.join('\n  ')}`);
  const notes = await getEntry('notes', 'methodology');
  const cited = new Set([...stepEntries, ...(notes ? [notes] : [])].flatMap((e) => sourceLinks(e.body ?? '')));
  for (const st of steps) {
    const def = definitionOf(st.graphic as GraphicId);
    for (const s of def.credit(data, st.state).sources) cited.add(s);
    for (const row of def.table(data, st.state).rows) for (const s of row.sources) cited.add(s);
  }

  const entryById = new Map(stepEntries.map((e) => [e.id, e]));
  const passages = new Map(await Promise.all(steps.map(async (s) => [s.entryId, (await render(entryById.get(s.entryId)!)).Content] as const)));
  const carried = figureCarriers(steps);
  const shown = [...new Map(steps.map((s) => [`${s.graphic}/${s.state}`, s])).values()];
  const symbols = shown.flatMap((s) => frameIds.flatMap((f) => definitionOf(s.graphic as GraphicId).scene(data, s.state, frames[f]).symbols ?? []));
  return {
    data,
    meta,
    story,
    passages,
    carriers: new Set(steps.filter((_, i) => carried[i]).map((s) => s.entryId)),
    methodology: notes ? (await render(notes)).Content : null,
    citedSources: data.sources.filter((s) => cited.has(s.id)),
    symbols,
  };
}
