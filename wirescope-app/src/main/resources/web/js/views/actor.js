// One actor across all articles: roles, what they said, what they did and to whom, over time.
import { getJson } from '../api.js';
import { el, replace } from '../dom.js';
import { chartFigure } from '../chart.js';
import { eventTable } from '../events.js';
import { label, plural } from '../format.js';
import { links } from '../links.js';
import { monthOf, monthRange } from '../periods.js';
import { empty, settle } from '../states.js';

const SERIES = Object.freeze([
  { key: 'said', name: 'Quotes (said)', color: '#e3b600' },
  { key: 'did', name: 'Events as source (did)', color: '#1d4ed8' },
  { key: 'received', name: 'Events as target (done to)', color: '#c4363c' },
]);

export function show({ main, segments, signal }) {
  const key = segments[0];
  document.title = 'Actor · Wirescope';
  if (!key) {
    replace(main, empty('No actor chosen.', 'Pick one from the actors list.'));
    return;
  }
  settle(main, signal, 'Loading the actor…', async () => {
    const actor = await getJson(`/api/actors/${encodeURIComponent(key)}`, {}, signal);
    document.title = `${actor.name} · Wirescope`;
    return actorPage(actor, signal);
  });
}

function actorPage(actor, signal) {
  return el('article', { class: 'actor-page' },
    el('header', { class: 'view-head' },
      el('p', { class: 'eyebrow' }, el('a', { href: links.actors(), text: 'Actors' }), ' / Actor'),
      el('div', { class: 'actor-head' },
        el('h1', { text: actor.name }),
        el('span', { class: 'pill', text: label(actor.type) }),
        actor.country && el('span', { class: 'pill', text: actor.country })),
      actor.roles.length > 0 && el('ul', { class: 'role-list', 'aria-label': 'Roles' }, actor.roles.map((role) => el('li', { text: role })))),
    el('div', { class: 'stats' },
      stat(actor.articles, 'articles'),
      stat(actor.mentions, 'mentions'),
      stat(actor.quotes.length, 'quotes'),
      stat(actor.asSource.length, 'events as source'),
      stat(actor.asTarget.length, 'events as target')),
    activity(actor, signal),
    el('h2', { class: 'section-title', text: 'What they said' }),
    actor.quotes.length === 0
      ? empty('No quotes are attributed to this actor.')
      : el('ol', { class: 'quote-list' }, actor.quotes.map((quote) => el('li', { class: 'quote-item' },
        el('blockquote', { class: ['quote-text', `kind-${quote.kind}`], text: quote.text }),
        el('p', { class: 'result-meta' },
          quote.role && el('span', { text: quote.role }),
          quote.via.length > 0 && el('span', { text: `via ${quote.via.join(', ')}` }),
          el('span', { text: quote.published ?? 'date unknown' }),
          el('a', { href: links.article(quote.articleId), text: quote.articleTitle || 'Untitled article' }))))),
    el('h2', { class: 'section-title', text: 'What they did, and to whom' }),
    actor.asSource.length === 0 ? empty('No events have this actor as their source.') : eventTable(actor.asSource, 'Events with this actor as source'),
    el('h2', { class: 'section-title', text: 'What was done to them' }),
    actor.asTarget.length === 0 ? empty('No events have this actor as their target.') : eventTable(actor.asTarget, 'Events with this actor as target'));
}

function stat(value, name) {
  return el('div', { class: 'stat' }, el('span', { class: 'stat-value', text: Number(value).toLocaleString('en') }),
    el('span', { class: 'stat-label', text: name }));
}

/** Per month: quotes said, events done and events suffered. */
function activity(actor, signal) {
  const dated = [
    ...actor.quotes.map((quote) => ['said', monthOf(quote.published ?? quote.notBefore)]),
    ...actor.asSource.map((event) => ['did', monthOf(event.date)]),
    ...actor.asTarget.map((event) => ['received', monthOf(event.date)]),
  ].filter(([, month]) => month);
  if (dated.length === 0) return empty('Nothing about this actor is dated, so there is no timeline.');
  const rows = monthRange(dated.map(([, month]) => month)).map((month) => ({ month, said: 0, did: 0, received: 0 }));
  const byMonth = new Map(rows.map((row) => [row.month, row]));
  for (const [key, month] of dated) byMonth.get(month)[key] += 1;
  return chartFigure({
    title: 'Over time, per month',
    description: `Quotes and events of ${actor.name} per month, ${plural(dated.length, 'dated item')}.`,
    csv: {
      filename: `actor-${actor.key}-per-month.csv`,
      columns: [{ key: 'month', label: 'month' }, ...SERIES.map((series) => ({ key: series.key, label: series.key }))],
      rows,
    },
    option: {
      legend: { top: 0 },
      grid: { left: 40, right: 16, top: 40, bottom: 30 },
      tooltip: { trigger: 'axis', renderMode: 'richText' },
      xAxis: { type: 'category', data: rows.map((row) => row.month) },
      yAxis: { type: 'value', minInterval: 1 },
      series: SERIES.map((series) => ({
        name: series.name, type: 'bar', itemStyle: { color: series.color }, data: rows.map((row) => row[series.key]),
      })),
    },
    signal,
  });
}
