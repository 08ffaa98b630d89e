// What the article page highlights: annotations built from the article's offsets, and the cards that
// describe them in the popover and the details panel.
import { el, facts } from './dom.js';
import { clip, label, quadLabel, signed } from './format.js';
import { links } from './links.js';

const ORDER = ['quote', 'speaker', 'cue', 'event', 'actor', 'date'];

/** Everything the article's offsets point at, as `{type, start, end, item, classes}`. */
export function annotations(article) {
  const list = [];
  for (const quote of article.quotes) {
    list.push({ type: 'quote', start: quote.start, end: quote.end, item: quote, classes: ['hl-quote'] });
    const mention = quote.speaker?.mention;
    if (mention) list.push({ type: 'speaker', start: mention.start, end: mention.end, item: quote, classes: ['hl-speaker'] });
    if (quote.cue) list.push({ type: 'cue', start: quote.cue.start, end: quote.cue.end, item: quote, classes: ['hl-cue'] });
  }
  for (const event of article.events) {
    list.push({ type: 'event', start: event.evidence.start, end: event.evidence.end, item: event,
      classes: ['hl-event', `quad-${event.quad_class}`] });
  }
  for (const actor of article.actors) {
    for (const mention of actor.mentions) {
      list.push({ type: 'actor', start: mention.start, end: mention.end, item: actor, classes: ['hl-actor'] });
    }
  }
  for (const date of article.dates) {
    list.push({ type: 'date', start: date.start, end: date.end, item: date, caption: date.caption ?? null, classes: ['hl-date'] });
  }
  return list;
}

/** Marks in the order their cards are shown: what was said before who acts in it. */
export function byOrder(marks) {
  return [...marks].sort((a, b) => ORDER.indexOf(a.type) - ORDER.indexOf(b.type));
}

/** What one annotation is, as a small card; with `full`, also the links to explore it further. */
export function card(mark, context, full) {
  const { title, rows, actions } = describe(mark, context);
  return el('section', { class: ['card', `card-${mark.type}`] },
    el('h3', { class: 'card-title' }, el('span', { class: 'card-kind', text: kindName(mark) }), title),
    facts(rows),
    full && actions.length > 0 && el('p', { class: 'card-actions' }, actions));
}

function kindName(mark) {
  return { quote: 'Quote', speaker: 'Speaker', cue: 'Cue', event: 'Event', actor: 'Actor', date: 'Date' }[mark.type];
}

function describe(mark, context) {
  const item = mark.item;
  switch (mark.type) {
    case 'quote':
    case 'speaker':
    case 'cue':
      return describeQuote(mark.type, item, context);
    case 'event':
      return describeEvent(item, context);
    case 'actor':
      return describeActor(item, context);
    default:
      return { title: item.text, rows: [['Resolves to', item.value]], actions: [] };
  }
}

function describeQuote(type, quote, context) {
  const speaker = quote.speaker ?? {};
  const actor = speaker.actor ? context.actors.get(speaker.actor) : null;
  const carried = context.events.filter((event) => event.quote === quote.id);
  const rows = [
    ['Speaker', speaker.name + (actor && actor.name !== speaker.name ? ` → ${actor.name}` : '')],
    ['Role', speaker.role ?? actor?.role],
    ['Via', (quote.via ?? []).map((relay) => relay.name).join(', ')],
    ['Kind', label(quote.kind)],
    ['Cue', quote.cue?.text],
    ['Events', carried.map((event) => `${event.cameo} ${event.plover?.type ?? ''}`.trim()).join(', ')],
  ];
  const title = type === 'quote' ? `“${clip(quote.text, 90)}”` : (type === 'speaker' ? speaker.name : quote.cue?.text);
  if (type !== 'quote') rows.push(['Quote', `“${clip(quote.text, 90)}”`]);
  const actions = [
    el('a', { href: links.quotes({ speaker: actor?.name ?? speaker.name }), text: 'More quotes by this speaker' }),
    actor?.key && el('a', { href: links.actor(actor.key), text: 'Actor page' }),
  ].filter(Boolean);
  return { title, rows, actions };
}

function describeEvent(event, context) {
  const party = (p) => (p ? `${p.name}${p.code ? ` (${p.code})` : ''}` : null);
  const quote = event.quote ? context.quotes.get(event.quote) : null;
  const rows = [
    ['Source', party(event.source)],
    ['Target', party(event.target) ?? 'none'],
    ['Mediator', party(event.mediator)],
    ['CAMEO', event.cameo],
    ['PLOVER', [event.plover?.type, event.plover?.mode].filter(Boolean).join(' · ')],
    ['Goldstein', signed(event.goldstein)],
    ['QuadClass', `${event.quad_class} · ${quadLabel(event.quad_class)}`],
    ['Modality', label(event.modality)],
    ['Date', event.date ?? 'not determined'],
    ['Confidence', event.confidence == null ? null : `${Math.round(event.confidence * 100)}%`],
    ['Said in', quote && `“${clip(quote.text, 70)}” (${quote.speaker?.name ?? 'unknown'})`],
  ];
  const actions = [];
  if (event.source?.code && event.target?.code) {
    actions.push(el('a', { href: links.dyad({ source: event.source.code, target: event.target.code }), text: 'Dyad timeline' }));
  }
  for (const [side, party] of [['Source', event.source], ['Target', event.target]]) {
    const actor = party?.actor ? context.actors.get(party.actor) : null;
    if (actor?.key) actions.push(el('a', { href: links.actor(actor.key), text: `${side} actor page` }));
  }
  return { title: `${event.plover?.type ?? 'Event'} · CAMEO ${event.cameo}`, rows, actions };
}

function describeActor(actor) {
  const rows = [
    ['Type', label(actor.type)],
    ['Role', actor.role],
    ['Country', actor.country],
    ['Sector', actor.sector],
    ['Code', actor.code],
    ['Mentions', String(actor.mentions.length)],
  ];
  return { title: actor.name, rows, actions: actor.key ? [el('a', { href: links.actor(actor.key), text: 'Actor page' })] : [] };
}
