// Cursor paging: the next page's cursor goes into the address, so every page can be shared.
import { el } from './dom.js';
import { href } from './route.js';

/**
 * "First page" and "Next page" links for a view at `segments` with `params`; `next` is the cursor
 * the server gave for the page after this one, null on the last page.
 */
export function pager(segments, params, next) {
  const here = Object.fromEntries(params.entries());
  const onFirst = !here.cursor;
  if (onFirst && !next) return null;
  return el('nav', { class: 'pager', 'aria-label': 'Pages' },
    el('a', { class: 'button button-secondary button-small', href: href(segments, { ...here, cursor: '' }),
      'aria-disabled': onFirst ? 'true' : null, text: '« First page' }),
    el('a', { class: 'button button-secondary button-small pager-next', href: next ? href(segments, { ...here, cursor: next }) : null,
      'aria-disabled': next ? null : 'true', rel: 'next', text: 'Next page »' }));
}
