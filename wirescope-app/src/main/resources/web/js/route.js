// Routes live in the address's fragment (`#/search?q=…`), so every view can be shared and reloaded
// without the server knowing about them.

export function currentRoute() {
  const hash = location.hash.startsWith('#/') ? location.hash.slice(1) : '/search';
  const cut = hash.indexOf('?');
  const path = cut < 0 ? hash : hash.slice(0, cut);
  const query = cut < 0 ? '' : hash.slice(cut + 1);
  return {
    segments: path.split('/').filter(Boolean).map(decodeURIComponent),
    params: new URLSearchParams(query),
  };
}

/** `#/path/segments?params`, leaving out parameters that are empty. */
export function href(segments, params = {}) {
  const path = [segments].flat().map(encodeURIComponent).join('/');
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value != null && String(value).trim() !== '') query.set(key, String(value).trim());
  }
  const text = query.toString();
  return `#/${path}${text ? `?${text}` : ''}`;
}

/** The form's fields as route parameters, then navigates there (a new history entry). */
export function submitTo(form, segments) {
  const params = Object.fromEntries(new FormData(form).entries());
  location.hash = href(segments, params).slice(1);
}
