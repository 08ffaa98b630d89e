// Full-text search over articles, quotes and events.
import { getJson } from '../api.js';
import { el, markedText, replace } from '../dom.js';
import { links } from '../links.js';
import { pager } from '../paging.js';
import { submitTo } from '../route.js';
import { empty, settle } from '../states.js';

const KINDS = Object.freeze([['', 'Everything'], ['article', 'Articles'], ['quote', 'Quotes'], ['event', 'Events']]);
const SYNTAX = Object.freeze([
  ['strike AND port', 'both words; OR, NOT and (…) group as in Lucene'],
  ['"night shifts"', 'the exact phrase'],
  ['speaker:Ardent', 'quotes by a speaker'],
  ['via:"Radio Larkspur"', 'quotes relayed by an outlet'],
  ['actor:ministry', 'articles or events naming an actor'],
  ['country:IRN', 'actors of a country (ISO 3166 alpha-3)'],
  ['cameo:138  plover:THREATEN', 'events by CAMEO code or PLOVER type'],
  ['language:en', 'articles in a language'],
  ['kind:quote', 'only articles, quotes or events (as the Kind menu)'],
  ['published:[2025-01-01 TO 2025-03-31]', 'a publication date range'],
]);

const EXAMPLES = Object.freeze(['"foreign minister"', 'speaker:minister', 'plover:THREATEN']);

export function show({ main, params, signal }) {
  const q = params.get('q') ?? '';
  const kind = params.get('kind') ?? '';
  document.title = q ? `${q} · Search · Wirescope` : 'Search · Wirescope';
  const results = el('div', { class: 'search-results' });
  replace(main,
    el('header', { class: 'view-head' },
      el('h1', { text: 'Search' }),
      el('p', { text: 'Find articles, quotes and events by their words, speakers, actors, codes and dates.' })),
    searchForm(q, kind),
    results);
  if (!q.trim()) {
    replace(results, el('div', { class: 'state state-empty' },
      el('p', { class: 'state-title', text: 'Type a query to begin.' }),
      el('p', { class: 'state-hint' }, 'For example ', EXAMPLES.flatMap((example, index) => [
        index > 0 && (index === EXAMPLES.length - 1 ? ' or ' : ', '),
        el('a', { href: links.search({ q: example }) }, el('code', { text: example })),
      ]), '.')));
    return;
  }
  settle(results, signal, 'Searching…', async () => {
    const page = await getJson('/api/search', { q, kind, cursor: params.get('cursor') }, signal);
    if (page.items.length === 0) return empty(`Nothing matches ${q}.`, 'Try fewer words, another kind, or a field from the syntax help.');
    return el('div', {},
      el('p', { class: 'result-summary', role: 'status', text: summary(page) }),
      el('ol', { class: 'results' }, page.items.map(hit)),
      pager(['search'], params, page.next_cursor));
  }, (error) => (error.position == null ? null : whereItFailed(q, error.position)));
}

function searchForm(q, kind) {
  const form = el('form', { class: 'query-form panel', role: 'search', onsubmit: (event) => {
    event.preventDefault();
    submitTo(form, ['search']);
  } },
  el('div', { class: 'form-row' },
    el('label', { class: 'field field-wide' }, el('span', { text: 'Query' }),
      el('input', { type: 'search', name: 'q', value: q, placeholder: 'speaker:Ardent trains', autocomplete: 'off',
        'aria-describedby': 'syntax-help', id: 'search-q' })),
    el('label', { class: 'field field-narrow' }, el('span', { text: 'Kind' }),
      el('select', { name: 'kind', id: 'search-kind' }, KINDS.map(([value, name]) =>
        el('option', { value, selected: value === kind, text: name })))),
    el('button', { class: 'button', type: 'submit', text: 'Search' })),
  el('details', { class: 'syntax', id: 'syntax-help' },
    el('summary', { text: 'Query syntax' }),
    el('table', { class: 'syntax-table' },
      el('tbody', {}, SYNTAX.map(([example, meaning]) => el('tr', {},
        el('td', {}, el('code', { text: example })), el('td', { text: meaning })))))));
  return form;
}

/** The query with a caret under the character the server could not read. */
function whereItFailed(query, position) {
  const at = Math.min(Math.max(0, position), query.length);
  return el('pre', { class: 'query-caret', 'aria-label': `The problem is at character ${at + 1} of the query.` },
    el('span', { text: query }), '\n', el('span', { class: 'caret', text: `${' '.repeat(at)}^` }));
}

function summary(page) {
  const shown = page.items.length;
  if (page.total == null) return `${shown} result${shown === 1 ? '' : 's'} on this page`;
  return `${page.total.toLocaleString('en')} result${page.total === 1 ? '' : 's'}`;
}

/** One hit: its article's title (linking to the article, at the quote or event hit), kind, date and snippet. */
function hit(result) {
  return el('li', { class: 'result' },
    el('p', { class: 'result-title' },
      el('a', { href: links.article(result.article_id, result.item_id), text: result.title || 'Untitled article' }),
      el('span', { class: ['pill', `pill-${result.kind}`], text: result.kind })),
    el('p', { class: 'result-meta' },
      el('span', { text: result.published ?? 'date unknown' })),
    el('p', { class: ['snippet', `snippet-${result.kind}`] }, markedText(result.snippet)));
}
