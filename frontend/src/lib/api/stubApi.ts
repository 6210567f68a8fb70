import { vi } from 'vitest'

/** For tests: a JSON (or problem+json) answer of the stubbed API, its ETag the body's version. */
export const json = (status: number, body: object, type = 'application/json') =>
  new Response(JSON.stringify(body), { status, headers: { 'Content-Type': type, ETag: `"${(body as { version?: number }).version}"` } })

/** The 412 the API answers to a save over a version that is no longer the current one. */
export const preconditionFailed = () =>
  json(412, { status: 412, code: 'PRECONDITION_FAILED', title: 'Precondition failed' }, 'application/problem+json')

/** For tests: the API client talks to a stub, `answer` gives the response to every request. */
export function stubApi(answer: (request: Request) => Promise<Response>) {
  window.__CHILDPLAN_CONFIG__ = { apiUrl: 'http://api.test', oidcAuthority: 'http://idp.test', oidcClientId: 'spa' }
  vi.stubGlobal('fetch', vi.fn(answer))
}
