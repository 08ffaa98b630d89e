// Every chart's data as a CSV file, made in the browser.
import { el } from './dom.js';

/** RFC 4180 CSV with a header line; text that a spreadsheet would run as a formula is prefixed with '. */
export function toCsv(columns, rows) {
  const lines = [columns.map((column) => cell(column.label))];
  for (const row of rows) lines.push(columns.map((column) => cell(row[column.key])));
  return lines.map((line) => line.join(',')).join('\r\n') + '\r\n';
}

function cell(value) {
  if (value == null) return '';
  let text = String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** A download link for the rows; its blob is released when `signal` aborts. */
export function csvLink(filename, columns, rows, signal) {
  const blob = new Blob([toCsv(columns, rows)], { type: 'text/csv;charset=utf-8' });
  const url = URL.createObjectURL(blob);
  signal?.addEventListener('abort', () => URL.revokeObjectURL(url), { once: true });
  return el('a', { class: 'button button-small csv', href: url, download: filename, dataset: { rows: rows.length } },
    `Download CSV (${rows.length} ${rows.length === 1 ? 'row' : 'rows'})`);
}
