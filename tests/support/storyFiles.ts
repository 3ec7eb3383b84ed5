import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** A passage file: path, frontmatter fields and Markdown body. */
export interface StoryFile {
  path: string;
  fields: Record<string, string>;
  body: string;
}

const STORY = 'content/story';

function parse(path: string): StoryFile {
  const text = readFileSync(path, 'utf8');
  const m = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(text);
  const fields: Record<string, string> = {};
  for (const line of (m?.[1] ?? '').split('\n')) {
    const kv = /^(\w+):\s*"?(.*?)"?\s*$/.exec(line);
    if (kv) fields[kv[1]!] = kv[2]!;
  }
  return { path, fields, body: m ? m[2]! : text };
}

/** Every step file, plus the methodology, as written by editors. */
export function storyFiles(): StoryFile[] {
  const steps = readdirSync(STORY, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .flatMap((d) => readdirSync(join(STORY, d.name)).filter((f) => f.endsWith('.md')).map((f) => join(STORY, d.name, f)));
  return [...steps, join(STORY, 'methodology.md')].map(parse);
}
