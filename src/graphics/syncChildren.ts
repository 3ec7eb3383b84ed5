/** Replaces `el`'s children with copies of `source`'s: cloning nodes skips the serialising and parsing of innerHTML. */
export function copyChildren(el: Element, source: Element): void {
  el.replaceChildren(...[...source.childNodes].map((n) => n.cloneNode(true)));
}

/** A node as markup would write it (isEqualNode ignores the order of attributes; the markup does not). */
const markupOf = (node: Node) => (node instanceof Element ? node.outerHTML : `${node.nodeType}:${node.nodeValue}`);

/** Whether two elements hold the same markup: most marks hold nothing, or a line of text. */
function sameContent(mine: Element, theirs: Element): boolean {
  const [a, b] = [mine.firstChild, theirs.firstChild];
  if (!a || !b) return a === b;
  if (!a.nextSibling && !b.nextSibling && a.nodeType === Node.TEXT_NODE && b.nodeType === Node.TEXT_NODE) return a.nodeValue === b.nodeValue;
  return mine.innerHTML === theirs.innerHTML;
}

/**
 * Whether syncing `mine` attribute by attribute leaves them in `theirs`'s order: those it keeps must come first in
 * that order, since any it gains are added after them.
 */
function keepsOrder(mine: Element, theirs: Element): boolean {
  const order = theirs.attributes;
  let next = 0;
  for (const { name } of mine.attributes) {
    if (!theirs.hasAttribute(name)) continue;
    if (order[next]?.name !== name) return false;
    next += 1;
  }
  return true;
}

/**
 * Makes `mine` an exact copy of `theirs` (same attributes in the same order, same content), changing only what
 * differs. The element itself stays, so a mark with keyboard focus keeps it.
 */
function syncElement(mine: Element, theirs: Element): void {
  // Attributes come out in the order they were added: where that differs, they are all added again in order.
  if (!keepsOrder(mine, theirs)) for (const { name } of [...mine.attributes]) mine.removeAttribute(name);
  else for (const { name } of [...mine.attributes]) if (!theirs.hasAttribute(name)) mine.removeAttribute(name);
  for (const { name, value } of theirs.attributes) if (mine.getAttribute(name) !== value) mine.setAttribute(name, value);
  if (!sameContent(mine, theirs)) copyChildren(mine, theirs);
}

/**
 * Makes `el`'s children exact copies of `source`'s. Children with the same `data-key` and tag are kept and brought
 * up to date, and the rest are copied: a node inserted is styled and laid out from scratch, one kept only as far as
 * it changed. A kept node is moved only when it is out of place where the walk below reaches it.
 */
export function syncChildren(el: Element, source: Element): void {
  const keyed = new Map<string, Element>();
  const plain: ChildNode[] = [];
  for (const node of el.childNodes) {
    const key = node instanceof Element ? node.getAttribute('data-key') : null;
    if (key !== null && !keyed.has(key)) keyed.set(key, node as Element);
    else plain.push(node);
  }
  const wanted = [...source.childNodes].map((theirs) => {
    const key = theirs instanceof Element ? theirs.getAttribute('data-key') : null;
    const mine = key === null ? undefined : keyed.get(key);
    if (mine && mine.tagName === (theirs as Element).tagName) {
      syncElement(mine, theirs as Element);
      keyed.delete(key!);
      return mine;
    }
    // Unkeyed nodes (title, desc, white space) are few and small: they are copied, unless one is already the same.
    const markup = key === null ? markupOf(theirs) : null;
    const same = markup === null ? -1 : plain.findIndex((n) => markupOf(n) === markup);
    if (same >= 0) return plain.splice(same, 1)[0]!;
    return theirs.cloneNode(true) as ChildNode;
  });
  // The leftovers go first, so the walk below meets only nodes that stay.
  for (const node of [...keyed.values(), ...plain]) node.remove();
  let cursor = el.firstChild;
  for (const node of wanted) {
    if (node === cursor) cursor = cursor.nextSibling;
    else el.insertBefore(node, cursor);
  }
}
