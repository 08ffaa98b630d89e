// A dyad: what one actor did to another over time, per QuadClass, with the Goldstein line.
import { getJson } from '../api.js';
import { el, replace } from '../dom.js';
import { QUAD_COLORS, chartFigure } from '../chart.js';
import { eventTable } from '../listings.js';
import { QUAD_CLASSES, plural } from '../format.js';
import { filterForm } from '../forms.js';
import { pager } from '../paging.js';
import { periodLabel, periodRange } from '../periods.js';
import { empty, settle } from '../states.js';

const INTERVALS = Object.freeze([['day', 'Day'], ['week', 'Week'], ['month', 'Month'], ['year', 'Year']]);
const DIRECTIONS = Object.freeze([['false', 'Source → target'], ['true', 'Both ways']]);

export function show({ main, params, signal }) {
  const source = params.get('source') ?? '';
  const target = params.get('target') ?? '';
  const interval = params.get('interval') || 'month';
  const bothWays = params.get('both_ways') === 'true' ? 'true' : 'false';
  const arrow = bothWays === 'true' ? '↔' : '→';
  document.title = source || target ? `${source || 'any'} ${arrow} ${target || 'any'} · Dyads · Wirescope` : 'Dyads · Wirescope';
  const timeline = el('div');
  const list = el('div');
  replace(main,
    el('header', { class: 'view-head' },
      el('h1', { text: 'Dyads' }),
      el('p', { text: 'What a source did to a target, period by period: events per QuadClass, the sum of their Goldstein scores, and the sentences they were read from.' })),
    filterForm(['dyad'], [
      { name: 'source', label: 'Source (actor code)', value: source, placeholder: 'IRN' },
      { name: 'target', label: 'Target (actor code)', value: target, placeholder: 'USA' },
      { name: 'interval', label: 'Period', value: interval, options: INTERVALS, narrow: true },
      { name: 'both_ways', label: 'Direction', value: bothWays, options: DIRECTIONS, narrow: true },
    ], 'Show dyad'),
    timeline,
    el('h2', { class: 'section-title', text: 'Events' }),
    list);
  if (!source && !target) {
    replace(timeline, empty('Choose a source, a target or both.', 'Codes are CAMEO-style: a country (IRN, USA), or a country and a sector (IRNGOV).'));
    list.replaceChildren();
    return;
  }
  settle(timeline, signal, 'Loading the timeline…', async () => {
    const dyad = await getJson('/api/dyads', { source, target, interval, both_ways: bothWays }, signal);
    if (dyad.rows.length === 0) return empty('No dated events between these actors.', 'Events without a known day are listed below but not counted here.');
    return chart(dyad.rows, { source, target, interval, arrow }, signal);
  });
  settle(list, signal, 'Loading the events…', async () => {
    const page = await getJson('/api/events', { source, target, both_ways: bothWays, cursor: params.get('cursor') }, signal);
    if (page.items.length === 0) return empty('No events between these actors.');
    return el('div', {}, eventTable(page.items, 'Events of the dyad'), pager(['dyad'], params, page.next_cursor));
  });
}

function chart(periods, { source, target, interval, arrow }, signal) {
  const starts = periodRange(periods.map((period) => period.period), interval);
  const cell = new Map(periods.map((period) => [`${period.period}/${period.quad_class}`, period]));
  const goldstein = starts.map((start) => periods.filter((period) => period.period === start)
    .reduce((sum, period) => sum + period.goldstein, 0));
  const events = periods.reduce((sum, period) => sum + period.events, 0);
  return chartFigure({
    title: `${source || 'any source'} ${arrow} ${target || 'any target'}, per ${interval}`,
    description: `${plural(events, 'event')} per ${interval} and QuadClass, with the Goldstein sum per ${interval}.`,
    csv: {
      filename: `dyad-${source || 'any'}-${target || 'any'}${arrow === '↔' ? '-both-ways' : ''}-${interval}.csv`,
      columns: [
        { key: 'period', label: 'period' }, { key: 'quad_class', label: 'quad_class' }, { key: 'events', label: 'events' },
        { key: 'goldstein', label: 'goldstein_sum' }, { key: 'reports', label: 'reports' }, { key: 'period_reports', label: 'period_reports' },
        { key: 'stories', label: 'stories' }, { key: 'story_events', label: 'story_events' },
      ],
      rows: periods,
    },
    option: {
      legend: { top: 0 },
      grid: { left: 44, right: 52, top: 44, bottom: 30 },
      tooltip: { trigger: 'axis', renderMode: 'richText' },
      xAxis: { type: 'category', data: starts.map((start) => periodLabel(start, interval)) },
      yAxis: [
        { type: 'value', name: 'events', minInterval: 1 },
        { type: 'value', name: 'Goldstein', splitLine: { show: false } },
      ],
      series: [
        ...Object.entries(QUAD_CLASSES).map(([quad, name]) => ({
          name, type: 'bar', stack: 'events', barMaxWidth: 56, itemStyle: { color: QUAD_COLORS[quad] },
          data: starts.map((start) => cell.get(`${start}/${quad}`)?.events ?? 0),
        })),
        { name: 'Goldstein sum', type: 'line', yAxisIndex: 1, symbolSize: 7, itemStyle: { color: '#111827' },
          lineStyle: { width: 2 }, data: goldstein.map((value) => Math.round(value * 10) / 10),
          markLine: { silent: true, symbol: 'none', label: { show: false }, lineStyle: { type: 'dashed', color: '#9aa5b1' },
            data: [{ yAxis: 0 }] } },
      ],
    },
    signal,
  });
}
