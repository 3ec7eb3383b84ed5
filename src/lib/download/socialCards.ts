import { definitionOf } from '../../graphics/definitions';
import type { GraphicId } from '../../graphics/index';
import type { Datasets } from '../data/datasets';
import { downloadFrame, styleFor } from './downloads';
import { renderPng } from './renderPng';
import { cardStyleRules, socialCardSvg } from './socialCardSvg';

/** The state each graphic's card shows: the moment that says most about it at a glance. */
export const cardStates: Record<GraphicId, string> = {
  'unrest-map': 'jan-05',
  'troop-arrivals': 'airlift',
  'casualty-tally': 'final',
};

/** The story's own card draws the spread of the unrest. */
export const storyCardGraphic: GraphicId = 'unrest-map';

/** URL path of a card: the story's, or one graphic's (for its embed page). */
export function socialCardHref(graphic?: GraphicId): string {
  return graphic ? `/social/${graphic}.png` : '/social/story.png';
}

/** A 1200 × 630 PNG card: `headline` beside the graphic in its card state, drawn like the downloads. */
export function socialCardPng(data: Datasets, graphic: GraphicId, headline: string, url: string): Buffer {
  const scene = definitionOf(graphic).scene(data, cardStates[graphic], downloadFrame);
  const svg = socialCardSvg(scene, { graphic, headline, title: scene.title, url }, styleFor(scene, cardStyleRules));
  return renderPng(svg, 1);
}
