/**
 * Splits `items` into the fewest runs of at most `maxSize`, in order, with sizes that differ by one at most (243 in
 * runs of 12 gives 12 runs of 12 and 9 of 11, not 20 of 12 and a straggler of 3), so a size estimate made for
 * `maxSize` fits every run about as well.
 */
export function evenChunks<T>(items: readonly T[], maxSize: number): T[][] {
  if (!Number.isInteger(maxSize) || maxSize < 1) throw new RangeError(`evenChunks: maxSize must be a whole number of at least 1, got ${maxSize}`);
  const count = Math.ceil(items.length / maxSize);
  const out: T[][] = [];
  let start = 0;
  for (let i = 0; i < count; i++) {
    // The first (length mod count) runs take one more, so the sizes add up exactly.
    const size = Math.floor(items.length / count) + (i < items.length % count ? 1 : 0);
    out.push(items.slice(start, start + size));
    start += size;
  }
  return out;
}
