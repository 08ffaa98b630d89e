// The one place that talks to the server: JSON in, JSON out, errors as ApiError with the server's message.

/** A failed request: the HTTP status (0 when there was no answer), the server's message and, for a malformed query, where in it the problem is. */
export class ApiError extends Error {
  constructor(status, message, position = null) {
    super(message);
    this.name = 'ApiError';
    this.status = status;
    this.position = position;
  }
}

export async function getJson(path, params = {}, signal = undefined) {
  const url = new URL(path, location.origin);
  for (const [key, value] of Object.entries(params)) {
    if (value != null && String(value).trim() !== '') url.searchParams.set(key, String(value).trim());
  }
  let response;
  try {
    response = await fetch(url, { headers: { Accept: 'application/json' }, signal });
  } catch (error) {
    if (error.name === 'AbortError') throw error;
    throw new ApiError(0, 'The server could not be reached. Is `wirescope serve` still running?');
  }
  const body = await response.json().catch(() => null);
  if (!response.ok) {
    const message = typeof body?.message === 'string' ? body.message : `${response.status} ${response.statusText}`;
    throw new ApiError(response.status, message, Number.isInteger(body?.position) ? body.position : null);
  }
  return body;
}
