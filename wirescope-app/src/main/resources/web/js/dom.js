// Building DOM nodes without HTML strings: every value from the API reaches the page as text.

/**
 * Creates an element. Props: `class` (string or array), `text` (textContent), `on<event>` (listener),
 * `dataset` (object); anything else becomes an attribute. Children may be nodes, strings or arrays;
 * null, undefined and false children are skipped.
 */
export function el(tag, props = {}, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(props)) {
    if (value == null || value === false) continue;
    if (key === 'class') node.className = Array.isArray(value) ? value.filter(Boolean).join(' ') : value;
    else if (key === 'text') node.textContent = String(value);
    else if (key === 'dataset') Object.assign(node.dataset, value);
    else if (key.startsWith('on') && typeof value === 'function') node.addEventListener(key.slice(2), value);
    else node.setAttribute(key, value === true ? '' : String(value));
  }
  append(node, children);
  return node;
}

export function append(parent, children) {
  for (const child of [children].flat(Infinity)) {
    if (child == null || child === false) continue;
    parent.append(child instanceof Node ? child : String(child));
  }
  return parent;
}

export function replace(parent, ...children) {
  parent.replaceChildren();
  return append(parent, children);
}

/**
 * The search snippet: HTML escaped by the server with `<mark>` around matches. It is parsed in an
 * inert document and rebuilt from its text, keeping only the marks, so nothing else it might hold
 * can reach the page.
 */
export function markedText(html) {
  const parsed = new DOMParser().parseFromString(String(html ?? ''), 'text/html');
  const fragment = document.createDocumentFragment();
  for (const node of parsed.body.childNodes) {
    if (node.nodeName === 'MARK') fragment.append(el('mark', { text: node.textContent }));
    else fragment.append(node.textContent);
  }
  return fragment;
}

/** A link to an outside page, only for http(s) addresses; otherwise the address as plain text. */
export function externalLink(url, label = url) {
  let parsed = null;
  try {
    parsed = new URL(url);
  } catch {
    return document.createTextNode(String(label ?? ''));
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return document.createTextNode(String(label));
  return el('a', { href: parsed.href, rel: 'noopener noreferrer nofollow', target: '_blank', text: label });
}

/** A definition list from [term, value] pairs, skipping pairs whose value is null or empty. */
export function facts(pairs, className = 'facts') {
  const list = el('dl', { class: className });
  for (const [term, value] of pairs) {
    if (value == null || value === '' || (Array.isArray(value) && value.length === 0)) continue;
    list.append(el('dt', { text: term }), el('dd', {}, value));
  }
  return list;
}
