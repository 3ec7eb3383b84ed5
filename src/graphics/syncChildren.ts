/** A node as markup would write it (isEqualNode ignores the order of attributes; the markup does not). */
const markupOf = (node: Node) => (node instanceof Element ? node.outerHTML : `${node.nodeType}:${node.nodeValue}`);

/** Whether two elements hold the same markup: most marks hold nothing, or a line of text. */
function sameContent(mine: Element, theirs: Element): boolean {
  const [a, b] = [mine.firstChild, theirs.firstChild];
  if (!a || !b) return a === b;
  if (!a.nextSibling && !b.nextSibling && a.nodeType === Node.TEXT_NODE && b.nodeType === Node.TEXT_NODE) return a.nodeValue === b.nodeValue;
  return mine.innerHTML === theirs.innerHTML;
}

/** Whether `mine`'s attributes that `theirs` also has come in the same order as `theirs`'s. */
function sameOrder(mine: Element, theirs: Element): boolean {
  const order = theirs.attributes;
  let next = 0;
  for (const { name } of mine.attributes) {
    if (!theirs.hasAttribute(name)) continue;
    if (order[next]?.name !== name) return false;
    next += 1;
  }
  return next === order.length;
}

/**
 * Makes `mine` an exact copy of `theirs` (same attributes in the same order, same content), changing only what
 * differs; false when it can't without re-creating the element (its attributes come in another order).
 */
function syncElement(mine: Element, theirs: Element): boolean {
  if (!sameOrder(mine, theirs)) return false;
  for (const { name } of [...mine.attributes]) if (!theirs.hasAttribute(name)) mine.removeAttribute(name);
  for (const { name, value } of theirs.attributes) if (mine.getAttribute(name) !== value) mine.setAttribute(name, value);
  if (!sameContent(mine, theirs)) mine.replaceChildren(...[...theirs.childNodes].map((n) => n.cloneNode(true)));
  return true;
}

/**
 * Makes `el`'s children exact copies of `source`'s. Children with the same `data-key` are kept and brought up to
 * date rather than replaced, and none is moved that need not be: a node inserted is styled and laid out from
 * scratch, and a drawing re-created whole at the end of every tween cost more than the tween's frames.
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
    if (mine && mine.tagName === (theirs as Element).tagName && syncElement(mine, theirs as Element)) {
      keyed.delete(key!);
      return mine;
    }
    // Unkeyed nodes (title, desc, white space) are few and small: they are copied, unless one is already the same.
    const same = key === null ? plain.findIndex((n) => markupOf(n) === markupOf(theirs)) : -1;
    if (same >= 0) return plain.splice(same, 1)[0]!;
    return theirs.cloneNode(true) as ChildNode;
  });
  // The leftovers go first, so the walk below moves only nodes that are out of order.
  for (const node of [...keyed.values(), ...plain]) node.remove();
  let cursor = el.firstChild;
  for (const node of wanted) {
    if (node === cursor) cursor = cursor.nextSibling;
    else el.insertBefore(node, cursor);
  }
}
