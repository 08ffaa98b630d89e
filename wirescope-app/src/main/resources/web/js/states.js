// The three states every view shows before or instead of its data: loading, empty and failed.
import { el, replace } from './dom.js';

export function loading(label = 'Loading…') {
  return el('div', { class: 'state state-loading', role: 'status', 'aria-live': 'polite' },
    el('span', { class: 'spinner', 'aria-hidden': 'true' }),
    el('span', { text: label }));
}

export function empty(title, hint = '') {
  return el('div', { class: 'state state-empty', role: 'status' },
    el('p', { class: 'state-title', text: title }),
    hint && el('p', { class: 'state-hint', text: hint }));
}

/** A short note where a section of a page has nothing to show. */
export function nothing(text) {
  return el('p', { class: 'state state-compact', text });
}

function failureTitle(status) {
  if (status === 0) return 'No answer from the server';
  if (status === 400) return 'The server could not use this request (400)';
  if (status === 404) return 'Not found (404)';
  if (status === 429) return 'Too many requests: wait a moment (429)';
  if (status >= 500) return `The server failed (${status})`;
  return status ? `Error ${status}` : 'Something went wrong';
}

/** The failure's title and the server's message; `detail` (a node) may say more, such as where a query went wrong. */
export function failure(error, retry = null, detail = null) {
  return el('div', { class: 'state state-error', role: 'alert' },
    el('p', { class: 'state-title', text: failureTitle(error?.status ?? null) }),
    el('p', { class: 'state-message', text: error?.message || 'Something went wrong.' }),
    detail,
    retry && el('button', { type: 'button', class: 'button', text: 'Try again', onclick: retry }));
}

/**
 * Shows a loading state in `container`, then what `build` resolves to, or the failure, with what
 * `explain(error)` adds to it. Nothing is shown once `signal` is aborted (the reader has moved on).
 */
export async function settle(container, signal, label, build, explain = () => null) {
  replace(container, loading(label));
  try {
    const content = await build();
    if (!signal.aborted) replace(container, content);
  } catch (error) {
    if (signal.aborted || error?.name === 'AbortError') return;
    const transient = !(error?.status >= 400 && error.status < 500) || error.status === 429;
    const retry = transient ? () => settle(container, signal, label, build, explain) : null;
    replace(container, failure(error, retry, explain(error)));
  }
}
