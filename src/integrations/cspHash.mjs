// @ts-check
import { createHash } from 'node:crypto';

/**
 * The Content-Security-Policy hash source of an inline script or stylesheet, as a browser computes it over the exact
 * text between its tags: `sha256-…` (a policy writes it in single quotes).
 * @param {string} text
 * @returns {`sha256-${string}`}
 */
export function cspHash(text) {
  return `sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}`;
}
