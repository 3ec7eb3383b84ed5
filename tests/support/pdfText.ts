import { execFileSync } from 'node:child_process';

/** Number of pages of a PDF, from poppler's pdfinfo. */
export function pdfPageCount(path: string): number {
  const info = execFileSync('pdfinfo', [path], { encoding: 'utf8' });
  return Number(/^Pages:\s+(\d+)/m.exec(info)?.[1] ?? NaN);
}

/** The text of each page of a PDF, from poppler's pdftotext, in the order it was drawn (columns stay whole). */
export function pdfPages(path: string): string[] {
  return Array.from({ length: pdfPageCount(path) }, (_, i) =>
    execFileSync('pdftotext', ['-raw', '-f', String(i + 1), '-l', String(i + 1), '-enc', 'UTF-8', path, '-'], { encoding: 'utf8' }),
  );
}

/**
 * Letters and digits only, lower-cased: compares text across line breaks, hyphenation, ligatures and
 * typographic quotes, which print and PDF extraction change.
 */
export function letters(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');
}

/** The paragraphs of a Markdown passage as plain words: link targets and markup dropped. */
export function markdownParagraphs(markdown: string): string[] {
  return markdown
    .split(/\n\s*\n/)
    .map((p) => p.replace(/\]\([^)]*\)/g, '').replace(/[[\]*_`>#]/g, '').trim())
    .filter(Boolean);
}

/** A page's text without its folio ("3 / 34", printed in the bottom margin by print.css). */
export function withoutFolio(page: string): string {
  return page.replace(/^\s*\d+ \/ \d+\s*$/m, '');
}
