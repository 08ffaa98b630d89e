// Charts: ECharts from its WebJar, drawn once the figure is on the page, disposed with the view.
import { el } from './dom.js';
import { csvLink } from './csv.js';

const ECHARTS = '/webjars/echarts/5.3.1/dist/echarts.esm.min.js';

export const QUAD_COLORS = Object.freeze({ 1: '#5aa469', 2: '#1f6f43', 3: '#e0902f', 4: '#c4363c' });

/** What every chart shares: the page's font, quiet axes, tooltips drawn on the canvas (no HTML). */
export function baseOption() {
  return {
    aria: { enabled: true },
    textStyle: { fontFamily: 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif', color: '#374151' },
    tooltip: { renderMode: 'richText', confine: true },
    animationDuration: 400,
  };
}

/**
 * A figure with a title, a CSV download of `csv.rows`, the chart and, below it, `notes` (nodes).
 * ECharts is loaded and the chart drawn when the figure first has a size on the page; `data-state`
 * turns `drawn` when it is.
 */
export function chartFigure({ title, description, option, csv, signal, tall = false, onChart = null, notes = null }) {
  const host = el('div', { class: ['chart', tall && 'chart-tall'], role: 'img', 'aria-label': description });
  const figure = el('figure', { class: 'chart-card', dataset: { state: 'waiting', points: csv.rows.length } },
    el('figcaption', { class: 'chart-head' },
      el('span', { class: 'chart-title', text: title }),
      csvLink(csv.filename, csv.columns, csv.rows, signal)),
    host,
    notes);
  let chart = null;
  let starting = false;
  const start = async () => {
    starting = true;
    try {
      const echarts = await import(ECHARTS);
      if (signal.aborted) return;
      chart = echarts.init(host, null, { renderer: 'canvas' });
      chart.on('finished', () => { figure.dataset.state = 'drawn'; });
      chart.setOption({ ...baseOption(), ...option });
      onChart?.(chart);
    } catch (error) {
      figure.dataset.state = 'failed';
      host.replaceChildren(el('p', { class: 'state-message', text: `The chart could not be drawn: ${error.message}` }));
    }
  };
  const observer = new ResizeObserver(() => {
    if (signal.aborted || host.clientWidth === 0) return;
    if (chart) chart.resize();
    else if (!starting) start();
  });
  observer.observe(host);
  signal.addEventListener('abort', () => {
    observer.disconnect();
    chart?.dispose();
  }, { once: true });
  return figure;
}
