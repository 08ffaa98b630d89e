// Quotes and events as the API lists them, shown alike on every page that lists them.
import { el } from './dom.js';
import { label, publishedText, quadLabel, signed } from './format.js';
import { links } from './links.js';

/** Who did what to whom, with the words it was read from and the article they are in. */
export function eventTable(events, caption) {
  return el('div', { class: 'table-wrap' }, el('table', { class: 'data-table event-table' },
    el('caption', { class: 'visually-hidden', text: caption }),
    el('thead', {}, el('tr', {}, ['Date', 'Source', 'Event', 'Target', 'Goldstein', 'Modality', 'Evidence']
      .map((name) => el('th', { scope: 'col', class: name === 'Goldstein' ? 'num' : null, text: name })))),
    el('tbody', {}, events.map((event) => el('tr', {},
      el('td', { class: 'nowrap', text: event.date ?? '—' }),
      el('td', {}, party(event.source)),
      el('td', { class: 'nowrap' },
        el('span', { class: ['quad-badge', `quad-${event.quad_class}`], title: quadLabel(event.quad_class), text: event.cameo }),
        ` ${event.plover.type}${event.plover.mode ? ` · ${event.plover.mode}` : ''}`),
      el('td', {}, event.target ? party(event.target) : '—',
        event.mediator && el('span', { class: 'mediator' }, ' via ', party(event.mediator))),
      el('td', { class: 'num', text: signed(event.goldstein) }),
      el('td', { text: label(event.modality) }),
      el('td', {},
        el('q', { class: 'evidence-text', text: event.evidence.text }),
        el('a', { class: 'evidence-source', href: links.article(event.article_id, event.event_id), text: event.article_title || 'Untitled article' })))))));
}

/** "Name, role · via outlets", the name linking to the actor's page when its key is known. */
export function attribution(name, key, role, via) {
  const who = name || 'Unknown speaker';
  return el('span', { class: 'attribution' },
    key ? el('a', { class: 'speaker', href: links.actor(key), text: who }) : el('strong', { class: 'speaker', text: who }),
    role && `, ${role}`,
    via.length > 0 && el('span', { class: 'muted', text: ` · via ${via.join(', ')}` }));
}

/** A side of an event: a link to the actor's page when it is resolved, with its code. */
function party({ name, code, key }) {
  const named = key ? el('a', { href: links.actor(key), text: name }) : name;
  return [named, code && el('span', { class: 'code', text: ` ${code}` })];
}

/** One quote of the API's quote listing, with its speaker and the article it is in. */
export function quoteItem(quote) {
  const speaker = quote.speaker;
  return el('li', { class: 'quote-item' },
    el('blockquote', { class: ['quote-text', `kind-${quote.kind}`], text: quote.text }),
    el('p', { class: 'quote-by' },
      attribution(speaker.name, speaker.key, speaker.role, quote.via),
      el('span', { class: 'pill', text: quote.kind })),
    el('p', { class: 'result-meta' },
      el('span', { text: publishedText(quote.published) }),
      el('a', { href: links.article(quote.article_id, quote.quote_id), text: quote.article_title || 'Untitled article' })));
}
