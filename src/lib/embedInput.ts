import { definitionOf } from '../graphics/definitions';
import { graphics, type GraphicId } from '../graphics/index';
import type { SnippetInput } from './embedSnippet';
import { embedUrl } from './embedUrls';
import { firstStep } from './story/firstStep';
import type { StoryChapter } from './story/buildStory';

/** The loader's address on the site: stable, so pasted snippets keep working across releases. */
export const loaderUrl = (site: URL): string => new URL('/embed/loader.js', site).href;

/**
 * What a snippet for a graphic says: its embed URL, its title (with the state's label for one state) and the
 * story step it links to when it cannot show. `state` null is the step-through over every state.
 */
export function embedInput(site: URL, story: StoryChapter[], graphic: GraphicId, state: string | null, isStatic = false): SnippetInput {
  const states = graphics[graphic].states as readonly string[];
  const name = graphics[graphic].title;
  const step = firstStep(story, graphic, state ?? undefined);
  return {
    src: embedUrl(site, { graphic, step: state, static: isStatic }, states),
    title: state ? `${name}: ${definitionOf(graphic).stateLabel(state)}` : name,
    href: step ? `${site.href}#${step.domId}` : site.href,
    loader: loaderUrl(site),
    static: isStatic,
  };
}
