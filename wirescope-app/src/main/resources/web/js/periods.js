// Periods of a timeline: every period between the first and the last, so that quiet ones show as gaps.

const MOST_PERIODS = 2000;
const STEP = Object.freeze({
  day: (date) => date.setUTCDate(date.getUTCDate() + 1),
  week: (date) => date.setUTCDate(date.getUTCDate() + 7),
  month: (date) => date.setUTCMonth(date.getUTCMonth() + 1),
  year: (date) => date.setUTCFullYear(date.getUTCFullYear() + 1),
});

/**
 * The first days (`YYYY-MM-DD`) of every `interval` from the earliest to the latest of `starts`, which
 * are first days of such periods as the server gives them. Unknown intervals, and spans of more than
 * two thousand periods, keep only the given starts.
 */
export function periodRange(starts, interval) {
  const known = [...new Set(starts)].sort();
  const step = STEP[interval];
  if (known.length === 0 || !step) return known;
  const last = known[known.length - 1];
  const range = [];
  for (const date = new Date(`${known[0]}T00:00:00Z`); range.length <= MOST_PERIODS; step(date)) {
    const day = date.toISOString().slice(0, 10);
    if (day > last) return range;
    range.push(day);
  }
  return known;
}

/** How a period's first day reads on an axis: the month for months, the year for years. */
export function periodLabel(start, interval) {
  if (interval === 'month') return start.slice(0, 7);
  if (interval === 'year') return start.slice(0, 4);
  return start;
}
