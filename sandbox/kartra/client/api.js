// Calls to the app's own backend (the sandbox server), the way the real app talks to Kartra's API.

export async function getJson(path, signal) {
  const response = await fetch(path, { signal, headers: { accept: 'application/json' } });
  if (!response.ok) throw new Error(`${path} answered ${response.status}`);
  return response.json();
}

export async function postJson(path, body, signal) {
  const response = await fetch(path, {
    method: 'POST',
    signal,
    headers: { 'content-type': 'application/json', accept: 'application/json' },
    body: JSON.stringify(body ?? {}),
  });
  if (!response.ok) throw new Error(`${path} answered ${response.status}`);
  return response.json();
}

export function isAbort(error) {
  return error instanceof DOMException && error.name === 'AbortError';
}
