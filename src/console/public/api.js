// The API client. The bearer token lives only in this module's memory: never in
// localStorage, sessionStorage or a cookie, so no other page or script of the origin reads it
// and no browser sends it by itself (no CSRF). Closing the tab or reloading logs out.
let session = null;
const listeners = new Set();

export const currentSession = () => session;
export const onSessionChange = (listener) => listeners.add(listener);

export async function login(username, password) {
  const response = await fetch('/api/v1/auth/token', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password }),
  });
  const body = await response.json().catch(() => ({}));
  if (!response.ok) return { ok: false, status: response.status, body };
  const claims = JSON.parse(atob(body.accessToken.split('.')[1].replace(/-/g, '+').replace(/_/g, '/')));
  session = { token: body.accessToken, user: body.user ?? null, username, userId: claims.sub };
  for (const listener of listeners) listener(session);
  return { ok: true, body };
}

export function logout() {
  session = null;
  for (const listener of listeners) listener(null);
}

export class ApiError extends Error {
  constructor(status, body) {
    super(body?.message ?? `HTTP ${status}`);
    this.status = status;
    this.body = body ?? {};
  }
}

/** A request with the bearer token; answers { status, body, etag } or throws ApiError. */
export async function api(path, { method = 'GET', body, headers = {}, ifMatch, idempotencyKey, accept } = {}) {
  const allHeaders = { ...headers };
  if (session) allHeaders.authorization = `Bearer ${session.token}`;
  if (body !== undefined) allHeaders['content-type'] = 'application/json';
  if (ifMatch !== undefined && ifMatch !== null) allHeaders['if-match'] = `"${ifMatch}"`;
  if (idempotencyKey) allHeaders['idempotency-key'] = idempotencyKey;
  if (accept) allHeaders.accept = accept;
  const response = await fetch(`/api/v1${path}`, { method, headers: allHeaders, body: body === undefined ? undefined : JSON.stringify(body) });
  if (response.status === 401 && session) {
    logout();
    throw new ApiError(401, { message: 'Sessione scaduta: accedi di nuovo.' });
  }
  const type = response.headers.get('content-type') ?? '';
  const payload = type.includes('json') ? await response.json().catch(() => ({})) : await response.text();
  if (!response.ok) throw new ApiError(response.status, typeof payload === 'string' ? { message: payload } : payload);
  return { status: response.status, body: payload, etag: response.headers.get('etag') };
}

/** Fetches a document with the token and opens it in a new tab (or saves it), as a blob. */
export async function openDocument(path, { accept, download } = {}) {
  const response = await fetch(`/api/v1${path}`, { headers: { authorization: `Bearer ${session?.token}`, ...(accept ? { accept } : {}) } });
  if (!response.ok) {
    const text = await response.text();
    throw new ApiError(response.status, (() => { try { return JSON.parse(text); } catch { return { message: text }; } })());
  }
  const blob = await response.blob();
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  if (download) link.download = download;
  else link.target = '_blank';
  link.rel = 'noopener';
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** One Idempotency-Key per distinct request: a retry of the same submission reuses it. */
export function idempotencyKeys() {
  const keys = new Map();
  return (payload) => {
    const text = JSON.stringify(payload);
    if (!keys.has(text)) keys.set(text, `console-${crypto.randomUUID()}`);
    return keys.get(text);
  };
}
