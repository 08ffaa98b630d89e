// Counting dated things per month, for the charts over time.

/** `2025-03-17` → `2025-03`; null stays null. */
export function monthOf(date) {
  return typeof date === 'string' && date.length >= 7 ? date.slice(0, 7) : null;
}

const MOST_MONTHS = 600;

/**
 * Every month from the first to the last of `months`, sorted, as `YYYY-MM`: without gaps, unless
 * that would be more than fifty years of months, when only the given ones are kept.
 */
export function monthRange(months) {
  const known = [...new Set(months.filter(Boolean))].sort();
  if (known.length === 0) return [];
  const [firstYear, firstMonth] = known[0].split('-').map(Number);
  const [lastYear, lastMonth] = known[known.length - 1].split('-').map(Number);
  if ((lastYear - firstYear) * 12 + lastMonth - firstMonth >= MOST_MONTHS) return known;
  const range = [];
  for (let year = firstYear, month = firstMonth; year < lastYear || (year === lastYear && month <= lastMonth);) {
    range.push(`${year}-${String(month).padStart(2, '0')}`);
    month += 1;
    if (month > 12) {
      month = 1;
      year += 1;
    }
  }
  return range;
}
