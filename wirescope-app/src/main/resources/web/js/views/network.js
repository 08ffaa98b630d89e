// The network: actors as nodes, who acted on whom as edges weighted by events and signed by Goldstein.
import { getJson } from '../api.js';
import { el, replace } from '../dom.js';
import { QUAD_COLORS, chartFigure } from '../chart.js';
import { plural, signed } from '../format.js';
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

function drawing(network, signal) {
  const names = new Map(network.nodes.map((node) => [node.key, node.name]));
  const activity = (node) => node.as_source + node.as_target;
  const strongest = Math.max(...network.edges.map((edge) => edge.weight));
  const busiest = Math.max(...network.nodes.map(activity));
  const rows = network.edges.map((edge) => ({
    source: edge.source, source_name: names.get(edge.source), target: edge.target, target_name: names.get(edge.target),
    events: edge.weight, goldstein: edge.goldstein, mean_goldstein: edge.mean_goldstein, conflict: edge.conflict, reports: edge.reports,
  }));
  return chartFigure({
    title: `${plural(network.nodes.length, 'actor')}, ${plural(network.edges.length, 'link')}`,
    description: `A network of ${plural(network.nodes.length, 'actor')} joined by ${plural(network.edges.length, 'link')}.`,
    tall: true,
    csv: {
      filename: 'network-edges.csv',
      columns: ['source', 'source_name', 'target', 'target_name', 'events', 'goldstein', 'mean_goldstein', 'conflict', 'reports']
        .map((key) => ({ key, label: key })),
      rows,
    },
    option: {
      tooltip: { renderMode: 'richText', formatter: (item) => (item.dataType === 'edge'
        ? `${names.get(item.data.source)} → ${names.get(item.data.target)}\n${plural(item.data.weight, 'event')}, mean Goldstein ${signed(item.data.mean)}`
        : `${item.data.name}\n${item.data.as_source} as source, ${item.data.as_target} as target`) },
      series: [{
        type: 'graph', layout: 'force', roam: true, draggable: true,
        force: { repulsion: 260, edgeLength: [60, 180], gravity: 0.08 },
        label: { show: true, position: 'right', fontSize: 12 },
        emphasis: { focus: 'adjacency', lineStyle: { width: 6 } },
        edgeSymbol: ['none', 'arrow'], edgeSymbolSize: 8,
        data: network.nodes.map((node) => ({
          id: node.key, name: node.name, key: node.key, as_source: node.as_source, as_target: node.as_target,
          symbolSize: 10 + 30 * Math.sqrt(activity(node) / busiest),
          itemStyle: { color: '#3e4c59' },
        })),
        links: network.edges.map((edge) => {
          const mean = edge.mean_goldstein;
          return {
            source: edge.source, target: edge.target, weight: edge.weight, mean,
            lineStyle: { width: 1 + 7 * (edge.weight / strongest), curveness: 0.15, opacity: 0.8,
              color: mean >= 0 ? QUAD_COLORS[mean >= 5 ? 2 : 1] : QUAD_COLORS[mean <= -5 ? 4 : 3] },
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
