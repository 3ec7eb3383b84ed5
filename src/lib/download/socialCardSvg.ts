import type { Scene } from '../scene';
import { charsFor, nestedScene, paperStyleRules, svgDocument, textLines } from './figureSvg';
import { wrapText } from './wrapText';

/** The size social networks ask for (og:image, summary_large_image). */
export const SOCIAL_CARD = { width: 1200, height: 630 } as const;

/** What a card says: the page's headline, the finding the drawing shows, and where to read it. */
export interface CardText {
  graphic: string;
  headline: string;
  title: string;
  url: string;
}

const TEXT_X = 56;
const TEXT_WIDTH = 400;
const HEADLINE = { size: 46, lineHeight: 52 };
const TITLE = { size: 22, lineHeight: 29 };

/** Rules for the card's words; tokens resolve to the light theme. */
export const cardStyleRules = `${paperStyleRules}
.card-headline { font-family: var(--font-sans); font-weight: 600; font-size: ${HEADLINE.size}px; fill: var(--ink); }
.card-title { font-family: var(--font-sans); font-size: ${TITLE.size}px; fill: var(--ink-muted); }
.card-url { font-family: var(--font-sans); font-size: 18px; fill: var(--ink-muted); }
.card-rule { fill: var(--ink); }
`;

/** A 1200 × 630 card: headline and finding on the left, the graphic in one state on the right. */
export function socialCardSvg(scene: Scene, text: CardText, style: string): string {
  const { width, height } = SOCIAL_CARD;
  const headline = wrapText(text.headline, charsFor(TEXT_WIDTH, HEADLINE.size));
  const title = wrapText(text.title, charsFor(TEXT_WIDTH, TITLE.size));
  const top = 96;
  const titleY = top + headline.length * HEADLINE.lineHeight + 24;
  const drawWidth = width - TEXT_X - TEXT_WIDTH - 40;
  const drawHeight = Math.min(height - 60, (drawWidth * scene.height) / scene.width);
  const drawX = width - drawWidth - 24;
  const body =
    `<rect class="card-rule" x="${TEXT_X}" y="48" width="64" height="6"/>` +
    textLines(headline, TEXT_X, top + HEADLINE.size - 6, HEADLINE.lineHeight, 'card-headline') +
    textLines(title, TEXT_X, titleY, TITLE.lineHeight, 'card-title') +
    textLines([text.url], TEXT_X, height - 48, 0, 'card-url') +
    nestedScene(scene, text.graphic, { x: drawX, y: (height - drawHeight) / 2, width: drawWidth, height: drawHeight });
  return svgDocument(SOCIAL_CARD, scene, `${text.headline}. ${scene.description}`, style, body);
}
