import { escapeXml } from './escape';

/** Everything an embed snippet names: the embed, its title, where its fallback link goes and our loader. */
export interface SnippetInput {
  /** The embed's URL (see embedUrl). */
  src: string;
  /** The iframe's accessible name, and the fallback link's text. */
  title: string;
  /** Where the plain link goes when the iframe cannot show: the story at this graphic. */
  href: string;
  loader: string;
  /** A still image of the graphic for the plain link. */
  image?: { src: string; alt: string; width: number; height: number };
  /** A script-free embed reports no height, so it gets a fixed one and fits its figure inside. */
  static?: boolean;
}

/** The initial height of a still embed's frame: a phone-width figure with its title and credit fits in it. */
export const STATIC_HEIGHT = 640;

/**
 * One embed's markup: a hidden iframe our loader shows (lazily, sized by the embed's height messages), beside a
 * plain link with a still image that is all a reader sees when scripts are off or iframes are stripped.
 */
export function embedMarkup(i: Omit<SnippetInput, 'loader'>, { inlineStyle = true } = {}): string {
  // Inline styles make a pasted snippet work on any page; a page of ours styles it from its stylesheet instead.
  const style = (css: string) => (inlineStyle ? ` style="${css}"` : '');
  const img = i.image
    ? `<img src="${escapeXml(i.image.src)}" alt="${escapeXml(i.image.alt)}" width="${i.image.width}" height="${i.image.height}"${style('display:block;width:100%;height:auto')}>`
    : '';
  return [
    `<div class="kz-embed">`,
    `<iframe data-kz-embed data-src="${escapeXml(i.src)}" title="${escapeXml(i.title)}" hidden${style(`width:100%;${i.static ? `height:${STATIC_HEIGHT}px;` : ''}border:0`)}></iframe>`,
    `<a class="kz-embed-fallback" href="${escapeXml(i.href)}">${img}${escapeXml(i.title)}</a>`,
    `</div>`,
  ].join('\n');
}

/** The HTML an embedder pastes: the embed's markup and our loader (which runs once however often it is pasted). */
export function embedSnippet(i: SnippetInput): string {
  return `${embedMarkup(i)}\n<script async src="${escapeXml(i.loader)}"></script>`;
}
