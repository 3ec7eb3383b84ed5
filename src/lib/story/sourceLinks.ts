/** Source ids a Markdown passage links to with `(#source-<id>)`. */
export function sourceLinks(markdown: string): string[] {
  return [...markdown.matchAll(/\(#source-([a-z0-9][a-z0-9_-]*)\)/g)].map((m) => m[1]!);
}

/** Problems with a passage's source links: each must name a source that exists. */
export function sourceLinkProblems(file: string, markdown: string, known: Set<string>): string[] {
  return sourceLinks(markdown)
    .filter((id) => !known.has(id))
    .map((id) => `${file}: links to unknown source "#source-${id}" (no entry with id "${id}" in content/data/sources.json)`);
}
