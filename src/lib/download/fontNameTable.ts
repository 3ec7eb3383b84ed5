/** Name IDs a renderer reads to know a face: family, subfamily, full name, PostScript name, typographic family. */
export type FontNames = Partial<Record<1 | 2 | 4 | 6 | 16 | 17, string>>;

// Windows platform, Unicode BMP, US English: the records every renderer reads.
const PLATFORM = 3;
const ENCODING = 1;
const LANGUAGE = 0x409;

/** An OpenType `name` table (format 0) holding the given names, UTF-16BE as the Windows platform requires. */
export function fontNameTable(names: FontNames): Buffer {
  const entries = Object.entries(names)
    .map(([id, text]) => ({ id: Number(id), bytes: Buffer.from(text!, 'utf16le').swap16() }))
    .sort((a, b) => a.id - b.id);
  const stringOffset = 6 + entries.length * 12;
  const out = Buffer.alloc(stringOffset + entries.reduce((n, e) => n + e.bytes.length, 0));
  out.writeUInt16BE(0, 0);
  out.writeUInt16BE(entries.length, 2);
  out.writeUInt16BE(stringOffset, 4);
  let at = 0;
  entries.forEach((e, i) => {
    const r = 6 + i * 12;
    [PLATFORM, ENCODING, LANGUAGE, e.id, e.bytes.length, at].forEach((v, k) => out.writeUInt16BE(v, r + k * 2));
    e.bytes.copy(out, stringOffset + at);
    at += e.bytes.length;
  });
  return out;
}
