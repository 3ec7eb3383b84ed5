import { escapeXml } from './escape';
import { curlyQuotes } from './format';
import type { Mark, Scene, SceneSymbol } from './scene';

export interface RenderOptions {
  /** Prefix for element ids, unique per figure on a page (title/desc ids). */
  idPrefix: string;
  /**
   * 'inline': symbols are drawn inside this SVG (downloads, standalone files).
   * 'external': the page draws them once in a sprite (see renderSprite) and this SVG only references them.
   */
  symbols?: 'inline' | 'external';
  /** Extra attributes on the root <svg> (data-graphic, data-state, class). */
  rootAttrs?: Record<string, string>;
  /** A <style> block for standalone files, which have no page stylesheet. */
  style?: string;
}

const attrString = (attrs: Record<string, number | string>) =>
  Object.entries(attrs)
    .map(([k, v]) => ` ${k}="${escapeXml(String(v))}"`)
    .join('');

/**
 * One mark as SVG markup, keyed by data-key so the browser can match it across states. In a figure with focusable
 * marks (`interactive`), those are its only parts assistive technology sees: the rest is hidden as decoration.
 */
export function renderMark(m: Mark, interactive = false): string {
  const cls = m.className ? ` class="${escapeXml(m.className)}"` : '';
  const role = !interactive ? '' : m.focusable && m.label ? ' tabindex="0" role="img"' : ' aria-hidden="true"';
  const open = `<${m.kind} data-key="${escapeXml(m.key)}"${cls}${attrString(m.attrs)}${role}`;
  const title = m.label ? `<title>${escapeXml(curlyQuotes(m.label))}</title>` : '';
  const body = m.kind === 'text' ? escapeXml(curlyQuotes(m.text ?? '')) : '';
  if (!title && !body) return `${open}/>`;
  return `${open}>${title}${body}</${m.kind}>`;
}

/** A symbol with its marks. */
export function renderSymbol(s: SceneSymbol): string {
  return `<symbol id="${escapeXml(s.id)}" viewBox="0 0 ${s.width} ${s.height}">${s.marks.map((m) => renderMark(m)).join('')}</symbol>`;
}

/** A hidden SVG holding every symbol the page's figures reference, drawn once. */
export function renderSprite(symbols: SceneSymbol[]): string {
  const unique = [...new Map(symbols.map((s) => [s.id, s])).values()];
  return `<svg class="sprite" aria-hidden="true" focusable="false" width="0" height="0"><defs>${unique.map(renderSymbol).join('')}</defs></svg>`;
}

/** Scene -> accessible SVG markup: role="img", <title> and <desc> from the scene. */
export function renderSvg(scene: Scene, opts: RenderOptions): string {
  const { idPrefix, symbols = 'inline', rootAttrs = {} } = opts;
  const titleId = `${idPrefix}-title`;
  const descId = `${idPrefix}-desc`;
  // An image's parts are hidden from assistive technology; a figure with marks to visit by keyboard is a group.
  const interactive = scene.marks.some((m) => m.focusable && m.label);
  const root = attrString({
    xmlns: 'http://www.w3.org/2000/svg',
    viewBox: `0 0 ${scene.width} ${scene.height}`,
    width: scene.width,
    height: scene.height,
    role: interactive ? 'group' : 'img',
    'aria-labelledby': `${titleId} ${descId}`,
    ...rootAttrs,
  });
  const defs = symbols === 'inline' && scene.symbols?.length ? `<defs>${scene.symbols.map(renderSymbol).join('')}</defs>` : '';
  const style = opts.style ? `<style>${opts.style}</style>` : '';
  return (
    `<svg${root}><title id="${titleId}">${escapeXml(scene.title)}</title><desc id="${descId}">${escapeXml(scene.description)}</desc>` +
    `${style}${defs}${scene.marks.map((m) => renderMark(m, interactive)).join('')}</svg>`
  );
}
