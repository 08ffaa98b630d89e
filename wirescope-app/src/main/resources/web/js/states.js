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

export function failure(error, retry = null) {
  const status = error?.status ? `Error ${error.status}` : 'Error';
  return el('div', { class: 'state state-error', role: 'alert' },
    el('p', { class: 'state-title', text: status }),
    el('p', { class: 'state-message', text: error?.message || 'Something went wrong.' }),
    retry && el('button', { type: 'button', class: 'button', text: 'Try again', onclick: retry }));
}

/**
 * Shows a loading state in `container`, then what `build` resolves to, or the failure. Nothing is
 * shown once `signal` is aborted (the reader has moved on to another view).
 */
export async function settle(container, signal, label, build) {
  replace(container, loading(label));
  try {
    const content = await build();
    if (!signal.aborted) replace(container, content);
  } catch (error) {
    if (signal.aborted || error?.name === 'AbortError') return;
    replace(container, failure(error, () => settle(container, signal, label, build)));
  }
}
