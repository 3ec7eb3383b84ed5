/** Number and date wording used everywhere: numerals with thousands separators; "5 January 2022", "5 Jan". */
const months = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** 2030 -> "2,030". */
export function formatCount(n: number): string {
  return n.toLocaleString('en-GB');
}

function parts(iso: string): [number, number, number] {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) throw new Error(`not a YYYY-MM-DD date: "${iso}"`);
  return [Number(m[1]), Number(m[2]), Number(m[3])];
}

// Dates are calendar dates in Kazakhstan; they are formatted from their digits, never through the machine's clock zone.
/** "2022-01-05" -> "5 January 2022". */
export function formatDate(iso: string): string {
  const [y, m, d] = parts(iso);
  return `${d} ${months[m - 1]} ${y}`;
}

/** "2022-01-05" -> "5 January" (the year is clear from context). */
export function formatDayMonth(iso: string): string {
  const [, m, d] = parts(iso);
  return `${d} ${months[m - 1]}`;
}

/** "2022-01-05" -> "5 Jan", for tight graphic labels. */
export function formatShortDate(iso: string): string {
  const [, m, d] = parts(iso);
  return `${d} ${months[m - 1]!.slice(0, 3)}`;
}

/** "2023-01-05" -> "5 Jan 2023", for tight graphic labels outside the year of the story. */
export function formatShortDateYear(iso: string): string {
  return `${formatShortDate(iso)} ${parts(iso)[0]}`;
}

const dayMonth = new RegExp(`\\b(\\d{1,2}) (${months.join('|')})\\b`, 'g');
/** Joins each "2 January" in running text with a no-break space, so a line never ends between the day and its month. */
export function keepDatesWhole(text: string): string {
  return text.replace(dayMonth, '$1\u00a0$2');
}

// The datasets are typed with straight quotes; the passages are set with curly ones by Markdown, so the labels drawn
// from the data are set the same way where they are shown.
/** Straight quotes as typographic ones: an opening ‘ or “ at the start of a word, otherwise a closing ’ or ” (apostrophes too). */
export function curlyQuotes(text: string): string {
  return text
    .replace(/(^|[\s([{\u2013\u2014])'/g, '$1\u2018')
    .replace(/'/g, '\u2019')
    .replace(/(^|[\s([{\u2013\u2014])"/g, '$1\u201c')
    .replace(/"/g, '\u201d');
}

/** Whole days from `a` to `b` (both YYYY-MM-DD), independent of time zones. */
export function daysBetween(a: string, b: string): number {
  const [ya, ma, da] = parts(a);
  const [yb, mb, db] = parts(b);
  return Math.round((Date.UTC(yb, mb - 1, db) - Date.UTC(ya, ma - 1, da)) / 86_400_000);
}

/** "Almaty, Aktau and Zhanaozen". */
export function listJoin(items: string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}

/** "the Prosecutor General" -> "The Prosecutor General", for the start of a sentence. */
export function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
