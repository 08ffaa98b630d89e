// The event table shared by the actor and dyad pages: who did what to whom, with the evidence.
import { el } from './dom.js';
import { label, quadLabel, signed } from './format.js';
import { links } from './links.js';

export function eventTable(events, caption) {
  return el('div', { class: 'table-wrap' }, el('table', { class: 'data-table event-table' },
    el('caption', { class: 'visually-hidden', text: caption }),
    el('thead', {}, el('tr', {}, ['Date', 'Source', 'Event', 'Target', 'Goldstein', 'Modality', 'Evidence']
      .map((name) => el('th', { scope: 'col', class: name === 'Goldstein' ? 'num' : null, text: name })))),
    el('tbody', {}, events.map((event) => el('tr', {},
      el('td', { class: 'nowrap', text: event.date ?? '—' }),
      el('td', { text: party(event.sourceName, event.sourceCode) }),
      el('td', { class: 'nowrap' },
        el('span', { class: ['quad-badge', `quad-${event.quadClass}`], title: quadLabel(event.quadClass), text: event.cameo }),
        ` ${event.ploverType}${event.ploverMode ? ` · ${event.ploverMode}` : ''}`),
      el('td', { text: event.targetName ? party(event.targetName, event.targetCode) : '—' }),
      el('td', { class: 'num', text: signed(event.goldstein) }),
      el('td', { text: label(event.modality) }),
      el('td', {},
        el('q', { class: 'evidence-text', text: event.evidence }),
        el('a', { class: 'evidence-source', href: links.article(event.articleId), text: event.articleTitle || 'Untitled article' })))))));
}

function party(name, code) {
  return code ? `${name} (${code})` : name;
}
