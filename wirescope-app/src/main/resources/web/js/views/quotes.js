// The quotes explorer: who said what, filtered by speaker, relaying outlet and words.
import { getJson } from '../api.js';
import { el, replace } from '../dom.js';
import { filterForm } from '../forms.js';
import { quoteItem } from '../listings.js';
import { pager } from '../paging.js';
import { empty, settle } from '../states.js';

export function show({ main, params, signal }) {
  const filters = { speaker: params.get('speaker') ?? '', via: params.get('via') ?? '', q: params.get('q') ?? '',
    actor: params.get('actor') ?? '' };
  document.title = 'Quotes · Wirescope';
  const results = el('div');
  replace(main,
    el('header', { class: 'view-head' },
      el('h1', { text: 'Quotes' }),
      el('p', { text: 'Who said what: every quotation with its speaker, the speaker’s role and the outlets that relayed it.' })),
    filterForm(['quotes'], [
      { name: 'speaker', label: 'Speaker', value: filters.speaker, placeholder: 'Ardent' },
      { name: 'via', label: 'Relayed by', value: filters.via, placeholder: 'Radio Larkspur' },
      { name: 'q', label: 'Words', value: filters.q, placeholder: 'sleepers', wide: true },
    ], 'Find quotes', { actor: filters.actor }),
    results);
  settle(results, signal, 'Loading quotes…', async () => {
    const page = await getJson('/api/quotes', { ...filters, cursor: params.get('cursor') }, signal);
    if (page.items.length === 0) {
      return empty('No quotes match these filters.', 'Speaker and outlet match whole words of the name; leave a field empty to drop its filter.');
    }
    return el('div', {},
      el('ol', { class: 'quote-list' }, page.items.map(quoteItem)),
      pager(['quotes'], params, page.next_cursor));
  });
}
