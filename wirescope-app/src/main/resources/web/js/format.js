// How codes and values read in the UI.

export const QUAD_CLASSES = Object.freeze({
  1: 'Verbal cooperation',
  2: 'Material cooperation',
  3: 'Verbal conflict',
  4: 'Material conflict',
});

export function quadLabel(quadClass) {
  return QUAD_CLASSES[quadClass] ?? `QuadClass ${quadClass}`;
}

export function signed(value, digits = 1) {
  if (value == null || Number.isNaN(Number(value))) return '–';
  const number = Number(value);
  return `${number > 0 ? '+' : ''}${number.toFixed(digits)}`;
}

export function plural(count, one, many = `${one}s`) {
  return `${count.toLocaleString('en')} ${count === 1 ? one : many}`;
}

/** An article's date as the contract gives it: the date, else "not before" a bound, else unknown. */
export function publishedText(published) {
  if (published?.date) return published.date;
  if (published?.not_before) return `not before ${published.not_before}`;
  return 'date unknown';
}

/** Title case for enumerations written in lower or upper case (`conditional`, `PERSON`). */
export function label(value) {
  if (value == null || value === '') return '';
  const text = String(value).toLowerCase().replaceAll('_', ' ');
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** The text cut to `length` characters at most, with an ellipsis when cut. */
export function clip(text, length) {
  const words = String(text ?? '');
  return words.length <= length ? words : `${words.slice(0, length - 1).trimEnd()}…`;
}
