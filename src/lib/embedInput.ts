import { definitionOf } from '../graphics/definitions';
import { graphics, type GraphicId } from '../graphics/index';
import type { Datasets } from './data/datasets';
import { downloadFigure, downloadHref, PNG_SCALE, pngSize, storyUrl } from './download/downloads';
import type { SnippetInput } from './embedSnippet';
import { embedUrl } from './embedUrls';
import type { StoryChapter } from './story/buildStory';
import { firstStep } from './story/firstStep';

/** What every snippet is made from: the site's public address, the story in reading order and the datasets. */
export interface EmbedContext {
  site: URL;
  story: StoryChapter[];
  data: Datasets;
}

/** The loader's address on the site: stable, so pasted snippets keep working across releases. */
export const loaderUrl = (site: URL): string => new URL('/embed/loader.js', site).href;

/** Where a graphic (in `state`, when given) is in the story: the first step that shows it. */
export function storyLink(ctx: Pick<EmbedContext, 'site' | 'story'>, graphic: GraphicId, state: string | null): string {
  const step = firstStep(ctx.story, graphic, state ?? undefined);
  return step ? `${ctx.site.href}#${step.domId}` : ctx.site.href;
}

/**
 * What a snippet for a graphic says: its embed URL, its title (with the state's label for one state), the story
 * step its plain link goes to and the still image (the state's PNG download) that link shows. `state` null is the
 * step-through over every state, whose image is its first state.
 */
export function embedInput(ctx: EmbedContext, graphic: GraphicId, state: string | null, isStatic = false): SnippetInput {
  const states = graphics[graphic].states as readonly string[];
  const name = graphics[graphic].title;
  const pictured = state ?? states[0]!;
  const figure = downloadFigure(ctx.data, graphic, pictured, storyUrl(ctx.site));
  const png = pngSize(figure);
  return {
    src: embedUrl(ctx.site, { graphic, step: state, static: isStatic }, states),
    title: state ? `${name}: ${definitionOf(graphic).stateLabel(state)}` : name,
    href: storyLink(ctx, graphic, state),
    loader: loaderUrl(ctx.site),
    image: {
      src: new URL(downloadHref(graphic, pictured, 'png'), ctx.site).href,
      alt: figure.scene.description,
      width: Math.round(png.width / PNG_SCALE),
      height: Math.round(png.height / PNG_SCALE),
    },
    static: isStatic,
  };
}
