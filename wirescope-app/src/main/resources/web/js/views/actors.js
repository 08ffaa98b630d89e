// Actors across all articles, by name, with how often they appear and speak.
import { getJson } from '../api.js';
import { el, replace } from '../dom.js';
import { label } from '../format.js';
import { filterForm } from '../forms.js';
import { links } from '../links.js';
import { pager } from '../paging.js';
import { empty, settle } from '../states.js';

export function show({ main, params, signal }) {
  const q = params.get('q') ?? '';
  document.title = 'Actors · Wirescope';
  const results = el('div');
  replace(main,
    el('header', { class: 'view-head' },
      el('h1', { text: 'Actors' }),
      el('p', { text: 'People, organisations, outlets and countries that speak or act in the articles, most mentioned first.' })),
    filterForm(['actors'], [{ name: 'q', label: 'Name', value: q, placeholder: 'Ardent', wide: true }], 'Find actors'),
    results);
  settle(results, signal, 'Loading actors…', async () => {
    const page = await getJson('/api/actors', { q, cursor: params.get('cursor') }, signal);
    if (page.items.length === 0) return empty(q ? `No actor is named like “${q}”.` : 'No actors yet.', 'Actors appear once articles are ingested with all stages.');
    return el('div', {},
      el('div', { class: 'table-wrap' }, el('table', { class: 'data-table' },
        el('thead', {}, el('tr', {}, ['Name', 'Type', 'Country', 'Role', 'Articles', 'Mentions', 'Quotes', 'Events']
          .map((name, index) => el('th', { scope: 'col', class: index > 3 ? 'num' : null, text: name })))),
        el('tbody', {}, page.items.map((actor) => el('tr', {},
          el('td', {}, el('a', { href: links.actor(actor.key), text: actor.name })),
          el('td', { text: label(actor.type) }),
          el('td', { text: actor.country ?? '—' }),
          el('td', { text: actor.role ?? '—' }),
          el('td', { class: 'num', text: actor.articles }),
          el('td', { class: 'num', text: actor.mentions }),
          el('td', { class: 'num', text: actor.quotes }),
          el('td', { class: 'num', text: actor.events })))))),
      pager(['actors'], params, page.next_cursor));
  });
}
