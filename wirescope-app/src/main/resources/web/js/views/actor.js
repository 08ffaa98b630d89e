// One actor across all articles: names and roles, what they said, what they did and to whom, over time.
import { getJson } from '../api.js';
import { chartFigure } from '../chart.js';
import { el, replace } from '../dom.js';
import { label, plural } from '../format.js';
import { links } from '../links.js';
import { periodLabel, periodRange } from '../periods.js';
import { eventTable, quoteItem } from '../listings.js';
import { empty, nothing, settle } from '../states.js';

const SERIES = Object.freeze([
  { key: 'quotes', name: 'Quotes', color: '#d4a400' },
  { key: 'events_as_source', name: 'Events as source', color: '#1d4ed8' },
  { key: 'events_as_target', name: 'Events as target', color: '#c4363c' },
  { key: 'articles', name: 'Articles', color: '#66717d', line: true },
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
  const counts = actor.counts;
  const code = actor.codes[0]?.value;
  const otherNames = actor.names.filter((name) => name.value !== actor.name);
  return el('article', { class: 'actor-page' },
    el('header', { class: 'view-head' },
      el('p', { class: 'eyebrow' }, el('a', { href: links.actors(), text: 'Actors' }), ' / Actor'),
      el('div', { class: 'actor-head' },
        el('h1', { text: actor.name }),
        el('span', { class: 'pill', text: label(actor.type) }),
        actor.country && el('span', { class: 'pill', text: actor.country }),
        actor.codes.map((code) => el('span', { class: 'pill pill-code', title: `CAMEO actor code, in ${plural(code.articles, 'article')}`, text: code.value }))),
      otherNames.length > 0 && el('p', { class: 'muted', text: `Also written ${otherNames.map((name) => name.value).join(', ')}` })),
    actor.roles.length > 0 && el('section', { 'aria-labelledby': 'roles-heading' },
      el('h2', { id: 'roles-heading', class: 'visually-hidden', text: 'Roles' }),
      el('ul', { class: 'role-list' }, actor.roles.map((role) =>
        el('li', { title: `in ${plural(role.articles, 'article')}`, text: role.value })))),
    el('div', { class: 'stats' },
      stat(counts.articles, 'articles'),
      stat(counts.mentions, 'mentions'),
      stat(counts.quotes, 'quotes'),
      stat(counts.events_as_source, 'events as source'),
      stat(counts.events_as_target, 'events as target')),
    timeline(actor, signal),
    el('h2', { class: 'section-title', text: 'What they said' }),
    actor.quotes.items.length === 0
      ? nothing('No quotes are attributed to this actor.')
      : [el('ol', { class: 'quote-list' }, actor.quotes.items.map(quoteItem)),
        more(counts.quotes, actor.quotes.items.length, links.quotes({ actor: actor.key }), 'quotes')],
    el('h2', { class: 'section-title', text: 'What they did, and to whom' }),
    actor.events_as_source.items.length === 0
      ? nothing('No events have this actor as their source.')
      : [eventTable(actor.events_as_source.items, 'Events with this actor as source'),
        more(counts.events_as_source, actor.events_as_source.items.length, code && links.dyad({ source: code }), 'events as source')],
    el('h2', { class: 'section-title', text: 'What was done to them' }),
    actor.events_as_target.items.length === 0
      ? nothing('No events have this actor as their target.')
      : [eventTable(actor.events_as_target.items, 'Events with this actor as target'),
        more(counts.events_as_target, actor.events_as_target.items.length, code && links.dyad({ target: code }), 'events as target')]);
}

function stat(value, name) {
  return el('div', { class: 'stat' },
    el('span', { class: 'stat-value', text: Number(value).toLocaleString('en') }),
    el('span', { class: 'stat-label', text: name }));
}

/** Says how many more there are, with a link to all of them when a view lists them. */
function more(total, shown, href, what) {
  if (total <= shown) return null;
  const all = `All ${total.toLocaleString('en')} ${what}`;
  return el('p', { class: 'more' }, `${shown} shown. `, href ? el('a', { href, text: all }) : null);
}

/** Per period: the articles that mention the actor, its quotes, and the events it is a side of. */
function timeline(actor, signal) {
  if (actor.timeline.length === 0) return nothing('Nothing about this actor is dated, so there is no timeline.');
  const given = new Map(actor.timeline.map((row) => [row.period, row]));
  const quiet = { articles: 0, quotes: 0, events_as_source: 0, events_as_target: 0 };
  const rows = periodRange([...given.keys()], actor.interval).map((period) => given.get(period) ?? { period, ...quiet });
  return chartFigure({
    title: `Over time, per ${actor.interval}`,
    description: `Articles, quotes and events of ${actor.name} per ${actor.interval}, over ${plural(rows.length, actor.interval)}.`,
    csv: {
      filename: `actor-${actor.key}-per-${actor.interval}.csv`,
      columns: [{ key: 'period', label: 'period' }, ...SERIES.map((series) => ({ key: series.key, label: series.key }))],
      rows,
    },
    option: {
      legend: { top: 0 },
      grid: { left: 40, right: 16, top: 40, bottom: 30 },
      tooltip: { trigger: 'axis', renderMode: 'richText' },
      xAxis: { type: 'category', data: rows.map((row) => periodLabel(row.period, actor.interval)) },
      yAxis: { type: 'value', minInterval: 1 },
      series: SERIES.map((series) => ({
        name: series.name, type: series.line ? 'line' : 'bar', barMaxWidth: 40, itemStyle: { color: series.color },
        symbolSize: 6, data: rows.map((row) => row[series.key]),
      })),
    },
    signal,
  });
}
