/** Who the height is for: the pym.js container id (when the host is pym.js) and the embed's own URL. */
export interface HeightAddress {
  childId: string | null;
  src: string;
}

/** The largest height, in px, any message may claim: a guard against a runaway or hostile number. */
export const MAX_HEIGHT = 100_000;

/**
 * One height in every format hosts already listen for: pym.js v1 (only with a childId, which pym.js matches on),
 * AMP's embed-size and the `iframe.resize` JSON family.
 */
export function heightMessages(height: number, to: HeightAddress): (string | object)[] {
  const h = Math.ceil(height);
  const messages: (string | object)[] = [];
  if (to.childId) messages.push(`pymxPYMx${to.childId}xPYMxheightxPYMx${h}`);
  messages.push({ sentinel: 'amp', type: 'embed-size', height: h });
  messages.push(JSON.stringify({ src: to.src, context: 'iframe.resize', height: h }));
  return messages;
}

const validHeight = (h: unknown): number | null => {
  const n = typeof h === 'string' ? Number(h) : h;
  return typeof n === 'number' && Number.isFinite(n) && n > 0 && n <= MAX_HEIGHT ? Math.ceil(n) : null;
};

/** The height a message carries in any of the three formats, or null when it is not a valid height message. */
export function readHeight(data: unknown): number | null {
  if (typeof data === 'string') {
    const pym = data.split('xPYMx');
    if (pym.length === 4 && pym[0] === 'pym' && pym[2] === 'height') return validHeight(pym[3]);
    if (!data.startsWith('{')) return null;
    try {
      return readHeight(JSON.parse(data));
    } catch {
      return null;
    }
  }
  if (typeof data !== 'object' || data === null) return null;
  const d = data as Record<string, unknown>;
  if (d.sentinel === 'amp' && d.type === 'embed-size') return validHeight(d.height);
  if (d.context === 'iframe.resize') return validHeight(d.height);
  return null;
}
