// One article, with its quotes, speakers, actors, events and dates highlighted from their offsets.
import { annotations, byOrder, card } from '../annotations.js';
import { getJson } from '../api.js';
import { append, el, externalLink, facts, replace } from '../dom.js';
import { clip, label, plural, publishedText, quadLabel, signed } from '../format.js';
import { highlighted } from '../highlight.js';
import { links } from '../links.js';
import { attribution } from '../listings.js';
import { popoverOn } from '../popover.js';
import { empty, nothing, settle } from '../states.js';

const LAYERS = Object.freeze([
  { type: 'quote', name: 'Quotes' },
  { type: 'speaker', name: 'Speakers' },
  { type: 'event', name: 'Events' },
  { type: 'actor', name: 'Actors' },
  { type: 'date', name: 'Dates' },
]);

export function show({ main, segments, params, signal }) {
  const id = segments[0];
  document.title = 'Article · Wirescope';
  if (!id) {
    replace(main, empty('No article chosen.', 'Search for articles and open one of the results.'));
    return;
  }
  settle(main, signal, 'Loading the article…', async () => {
    const article = await getJson(`/api/articles/${encodeURIComponent(id)}`, {}, signal);
    document.title = `${article.title || 'Untitled article'} · Wirescope`;
    return articlePage(article, params.get('focus'), signal);
  });
}

function articlePage(article, focus, signal) {
  const context = {
    actors: new Map(article.actors.map((actor) => [actor.id, actor])),
    quotes: new Map(article.quotes.map((quote) => [quote.id, quote])),
    events: article.events,
  };
  const marks = annotations(article);
  const marksOf = new Map();
  const spansOf = new Map();
  const body = el('div', { class: 'article-body', id: 'article-body' },
    highlighted(article.text, article.paragraphs, marks.filter((mark) => mark.caption == null), marksOf, spansOf));
  const panel = el('aside', { class: 'detail-panel', 'aria-label': 'Details', 'aria-live': 'polite' });
  const select = (span, chosen = null) => {
    for (const old of document.querySelectorAll('.hl.selected')) old.classList.remove('selected');
    const shown = chosen ? [chosen] : byOrder(marksOf.get(span) ?? []);
    const same = marks.filter((mark) => shown.some((one) => one.type === mark.type && one.item === mark.item));
    for (const mark of same) for (const piece of spansOf.get(mark) ?? []) piece.classList.add('selected');
    showDetails(panel, shown, context);
    if (chosen) spansOf.get(chosen)?.[0]?.scrollIntoView({ block: 'center', behavior: 'smooth' });
  };
  detailsPlaceholder(panel);
  const reading = el('div', { class: 'article-main' });
  reading.addEventListener('click', (event) => {
    const span = event.target instanceof Element ? event.target.closest('.hl') : null;
    if (span && marksOf.has(span)) select(span);
  });
  reading.addEventListener('keydown', (event) => {
    const span = event.target instanceof Element ? event.target.closest('.hl') : null;
    if (span && (event.key === 'Enter' || event.key === ' ')) {
      event.preventDefault();
      select(span);
    }
  });
  linkRelated(reading, marks, marksOf, spansOf);
  popoverOn(reading, marksOf, (span) => el('div', { class: 'cards' },
    byOrder(marksOf.get(span)).map((mark) => card(mark, context, false))), signal);

  const markFor = (type, item) => marks.find((mark) => mark.type === type && mark.item === item);
  const focused = marks.find((mark) => (mark.type === 'quote' || mark.type === 'event') && mark.item.id === focus);
  if (focused) requestAnimationFrame(() => select(null, focused));
  return el('article', { class: 'article-page' },
    heading(article),
    el('div', { class: 'article-layout' },
      append(reading, [
        legend(reading, marks),
        captions(article, marks, marksOf, spansOf),
        body,
        quoteList(article, context, (quote) => select(null, markFor('quote', quote))),
        eventTable(article, (event) => select(null, markFor('event', event))),
        actorList(article, context, (actor) => select(null, markFor('actor', actor)))]),
      panel));
}

function heading(article) {
  const published = article.published ?? {};
  const source = article.source ?? {};
  return el('header', { class: 'article-head' },
    el('p', { class: 'eyebrow' }, el('a', { href: links.search(), text: 'Search' }), ' / Article'),
    el('h1', { text: article.title || 'Untitled article' }),
    el('p', { class: 'meta' },
      el('span', { text: publishedText(published) }),
      published.how && published.how !== 'none' && el('span', { class: 'muted', text: ` (${published.how}${published.evidence ? `: “${published.evidence}”` : ''})` }),
      article.language && el('span', { class: 'pill', text: article.language }),
      article.byline?.length > 0 && el('span', { text: `By ${article.byline.join(', ')}` })),
    facts([
      ['Source', source.url ? externalLink(source.url) : source.uri],
      ['Format', source.format],
      ['Copy of', article.duplicate_of && el('a', { href: links.article(article.duplicate_of), text: article.duplicate_of })],
      ['Story cluster', article.cluster],
      ['Article id', el('code', { text: article.id })],
    ], 'facts facts-inline'));
}

/**
 * While a highlight is pointed at, the passages tied to it light up too: a quote's speaker and cue,
 * the quote an event was said in, the quote a speaker or cue belongs to.
 */
function linkRelated(reading, marks, marksOf, spansOf) {
  let lit = [];
  const related = (mark) => {
    if (mark.type === 'event') return marks.filter((other) => other.type === 'quote' && other.item.id === mark.item.quote);
    if (mark.type === 'quote' || mark.type === 'speaker' || mark.type === 'cue') {
      return marks.filter((other) => other.item === mark.item && other !== mark);
    }
    return [];
  };
  const light = (span) => {
    for (const old of lit) old.classList.remove('related');
    lit = span && marksOf.has(span) ? marksOf.get(span).flatMap(related).flatMap((mark) => spansOf.get(mark) ?? []) : [];
    for (const piece of lit) piece.classList.add('related');
  };
  reading.addEventListener('mouseover', (event) => light(event.target instanceof Element ? event.target.closest('.hl') : null));
  reading.addEventListener('mouseleave', () => light(null));
}

/** Check boxes that show or hide each kind of highlight in `reading`. */
function legend(reading, marks) {
  const count = (type) => marks.filter((mark) => mark.type === type).length;
  return el('fieldset', { class: 'legend' },
    el('legend', { text: 'Highlight' }),
    LAYERS.map(({ type, name }) => {
      const box = el('input', { type: 'checkbox', checked: true, id: `layer-${type}`,
        onchange: () => reading.classList.toggle(`hide-${type}`, !box.checked) });
      return el('label', { class: `layer layer-${type}`, for: `layer-${type}` },
        box, el('span', { class: 'swatch', 'aria-hidden': 'true' }), `${name} (${count(type)})`);
    }),
    el('p', { class: 'hint', text: 'Point at a highlight for a summary; click it (or press Enter) for details.' }));
}

function captions(article, marks, marksOf, spansOf) {
  if (!article.captions?.length) return null;
  return el('section', { class: 'captions', 'aria-label': 'Captions' },
    article.captions.map((caption, index) => {
      const dates = marks.filter((mark) => mark.caption === index);
      return el('figure', { class: 'caption' },
        el('figcaption', {},
          el('span', { class: 'caption-label', text: 'Caption' }),
          highlighted(caption.text, [], dates, marksOf, spansOf),
          caption.credit && el('span', { class: 'credit', text: caption.credit })));
    }));
}

function detailsPlaceholder(panel) {
  replace(panel,
    el('h2', { class: 'panel-title', text: 'Details' }),
    el('p', { class: 'muted', text: 'Click a highlighted passage to see who said it, who acts in it and how it was coded.' }));
}

function showDetails(panel, marks, context) {
  replace(panel,
    el('div', { class: 'panel-head' },
      el('h2', { class: 'panel-title', text: 'Details' }),
      el('button', { type: 'button', class: 'icon-button', 'aria-label': 'Close details', text: '×',
        onclick: () => { panel.classList.remove('open'); detailsPlaceholder(panel); } })),
    el('div', { class: 'cards' }, marks.map((mark) => card(mark, context, true))));
  panel.classList.add('open');
}

function quoteList(article, context, onShow) {
  return el('section', { class: 'annotations', 'aria-labelledby': 'quotes-heading' },
    el('h2', { id: 'quotes-heading', text: `Quotes (${article.quotes.length})` }),
    article.quotes.length === 0
      ? nothing('No quotes were found in this article.')
      : el('ol', { class: 'quote-list' }, article.quotes.map((quote) => {
        const actor = quote.speaker?.actor ? context.actors.get(quote.speaker.actor) : null;
        return el('li', { class: 'quote-item' },
          el('blockquote', { class: ['quote-text', `kind-${quote.kind}`], text: quote.text }),
          el('p', { class: 'quote-by' },
            attribution(actor?.name ?? quote.speaker?.name, actor?.key, quote.speaker?.role ?? actor?.role,
              (quote.via ?? []).map((relay) => relay.name)),
            el('span', { class: 'pill', text: quote.kind }),
            el('button', { type: 'button', class: 'link-button', text: 'Show in text', onclick: () => onShow(quote) })));
      })));
}

function eventTable(article, onShow) {
  const section = el('section', { class: 'annotations', 'aria-labelledby': 'events-heading' },
    el('h2', { id: 'events-heading', text: `Events (${article.events.length})` }));
  if (article.events.length === 0) return append(section, nothing('No events were coded in this article.'));
  return append(section, el('div', { class: 'table-wrap' }, el('table', { class: 'data-table' },
    el('thead', {}, el('tr', {}, ['Source', 'Event', 'Target', 'Goldstein', 'Modality', 'Date', 'Evidence']
      .map((name) => el('th', { scope: 'col', text: name })))),
    el('tbody', {}, article.events.map((event) => el('tr', {},
      el('td', { text: event.source?.name }),
      el('td', { class: 'nowrap' }, el('span', { class: ['quad-badge', `quad-${event.quad_class}`], title: quadLabel(event.quad_class), text: event.cameo }),
        ` ${event.plover?.type ?? ''}`),
      el('td', { text: event.target?.name ?? '—' }),
      el('td', { class: 'num', text: signed(event.goldstein) }),
      el('td', { text: label(event.modality) }),
      el('td', { class: 'nowrap', text: event.date ?? '—' }),
      el('td', {}, el('button', { type: 'button', class: 'link-button evidence', text: clip(event.evidence.text, 80),
        onclick: () => onShow(event) }))))))));
}

function actorList(article, context, onShow) {
  const speaking = (actor) => article.quotes.filter((quote) => quote.speaker?.actor === actor.id).length;
  return el('section', { class: 'annotations', 'aria-labelledby': 'actors-heading' },
    el('h2', { id: 'actors-heading', text: `Actors (${article.actors.length})` }),
    article.actors.length === 0
      ? nothing('No actors were found in this article.')
      : el('ul', { class: 'actor-chips' }, article.actors.map((actor) => el('li', { class: 'actor-chip' },
        actor.key ? el('a', { href: links.actor(actor.key), text: actor.name }) : el('strong', { text: actor.name }),
        el('span', { class: 'pill', text: label(actor.type) }),
        actor.role && el('span', { class: 'muted', text: actor.role }),
        el('span', { class: 'muted', text: `${plural(actor.mentions.length, 'mention')}${speaking(actor) ? `, ${plural(speaking(actor), 'quote')}` : ''}` }),
        actor.mentions.length > 0 && el('button', { type: 'button', class: 'link-button', text: 'Show', onclick: () => onShow(actor) })))));
}
