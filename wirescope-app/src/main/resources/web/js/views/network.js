// The network: actors as nodes, who acted on whom as edges weighted by events and signed by Goldstein.
import { getJson } from '../api.js';
import { el, replace } from '../dom.js';
import { QUAD_COLORS, chartFigure } from '../chart.js';
import { label, plural, signed } from '../format.js';
import { filterForm } from '../forms.js';
import { links } from '../links.js';
import { empty, settle } from '../states.js';

export function show({ main, params, signal }) {
  const from = params.get('from') ?? '';
  const to = params.get('to') ?? '';
  document.title = 'Network · Wirescope';
  const graph = el('div');
  replace(main,
    el('header', { class: 'view-head' },
      el('h1', { text: 'Network' }),
      el('p', { text: 'Actors linked by what they did to each other. Edges are as thick as their events are many; green edges lean cooperative, red ones conflictual (the mean Goldstein score).' })),
    filterForm(['network'], [
      { name: 'from', label: 'From', type: 'date', value: from },
      { name: 'to', label: 'To', type: 'date', value: to },
    ], 'Draw network'),
    graph);
  settle(graph, signal, 'Loading the network…', async () => {
    const network = await getJson('/api/network', { from, to }, signal);
    if (network.edges.length === 0) return empty('No interactions in this period.', 'Widen the dates, or ingest articles with events.');
    return drawing(network, signal);
  });
}

const TYPE_COLORS = Object.freeze({
  PERSON: '#1d4ed8', ORGANIZATION: '#7c3aed', MEDIA: '#0f766e', COUNTRY: '#374151', LOCATION: '#a16207', GROUP: '#be185d',
});
const TONES = Object.freeze([
  [QUAD_COLORS[2], 'mean Goldstein ≥ +5'], [QUAD_COLORS[1], '0 to +5'], [QUAD_COLORS[3], '−5 to 0'], [QUAD_COLORS[4], '≤ −5'],
]);

function edgeColor(mean) {
  if (mean >= 5) return TONES[0][0];
  if (mean >= 0) return TONES[1][0];
  if (mean > -5) return TONES[2][0];
  return TONES[3][0];
}

function drawing(network, signal) {
  const types = [...new Set(network.nodes.map((node) => node.type))];
  const names = new Map(network.nodes.map((node) => [node.key, node.name]));
  const activity = (node) => node.as_source + node.as_target;
  const strongest = Math.max(...network.edges.map((edge) => edge.weight));
  const busiest = Math.max(...network.nodes.map(activity));
  const rows = network.edges.map((edge) => ({
    source: edge.source, source_name: names.get(edge.source), target: edge.target, target_name: names.get(edge.target),
    events: edge.weight, goldstein: edge.goldstein, mean_goldstein: edge.mean_goldstein, conflict: edge.conflict,
  }));
  return chartFigure({
    title: `${plural(network.nodes.length, 'actor')}, ${plural(network.edges.length, 'link')}`,
    description: `A network of ${plural(network.nodes.length, 'actor')} joined by ${plural(network.edges.length, 'link')}.`,
    tall: true,
    csv: {
      filename: 'network-edges.csv',
      columns: ['source', 'source_name', 'target', 'target_name', 'events', 'goldstein', 'mean_goldstein', 'conflict']
        .map((key) => ({ key, label: key })),
      rows,
    },
    notes: el('ul', { class: 'edge-legend', 'aria-label': 'Edge colours' },
      el('li', { class: 'edge-legend-title', text: 'Edges:' }),
      TONES.map(([, name], index) => el('li', {}, el('span', { class: ['edge-swatch', `tone-${index}`], 'aria-hidden': 'true' }), name)),
      el('li', { class: 'muted', text: 'Thicker: more events. Click an actor for its page; drag to move, scroll to zoom.' })),
    option: {
      legend: { top: 0, data: types.map(label) },
      color: types.map((type) => TYPE_COLORS[type] ?? '#66717d'),
      tooltip: { renderMode: 'richText', formatter: (item) => (item.dataType === 'edge'
        ? `${names.get(item.data.source)} → ${names.get(item.data.target)}\n${plural(item.data.weight, 'event')}, mean Goldstein ${signed(item.data.mean)}`
        : `${item.data.name}\n${item.data.as_source} as source, ${item.data.as_target} as target`) },
      series: [{
        type: 'graph', layout: 'force', roam: true, draggable: true,
        top: 40, categories: types.map((type) => ({ name: label(type) })),
        force: { repulsion: 900, edgeLength: [120, 260], gravity: 0.06 },
        label: { show: true, position: 'right', fontSize: 12 },
        emphasis: { focus: 'adjacency', lineStyle: { width: 6 } },
        edgeSymbol: ['none', 'arrow'], edgeSymbolSize: 8,
        data: network.nodes.map((node) => ({
          id: node.key, name: node.name, key: node.key, as_source: node.as_source, as_target: node.as_target,
          category: types.indexOf(node.type), symbolSize: 12 + 28 * Math.sqrt(activity(node) / busiest),
        })),
        links: network.edges.map((edge) => {
          const mean = edge.mean_goldstein;
          return {
            source: edge.source, target: edge.target, weight: edge.weight, mean,
            lineStyle: { width: 1 + 7 * (edge.weight / strongest), curveness: 0.15, opacity: 0.8,
              color: edgeColor(mean) },
          };
        }),
      }],
    },
    signal,
    onChart: (chart) => chart.on('click', (item) => {
      if (item.dataType === 'node' && item.data.key) location.hash = links.actor(item.data.key).slice(1);
    }),
  });
}
