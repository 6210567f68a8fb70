import createClient, { type Middleware } from 'openapi-fetch'
import { accessToken, sessionEnded } from '@/lib/auth/auth'
import { runtimeConfig } from '@/lib/config'
import { toApiError } from './problem'
import type { paths } from './schema'

/** Every request carries the bearer token; every failure becomes an ApiError (thrown, so queries see it). */
const middleware: Middleware = {
  onRequest({ request }) {
    const token = accessToken()
    if (token) request.headers.set('Authorization', `Bearer ${token}`)
    return request
  },
  async onResponse({ response }) {
    if (response.status === 401) sessionEnded()
    if (!response.ok) throw await toApiError(response)
    return response
  },
}

let client: ReturnType<typeof createClient<paths>> | undefined

export function api() {
  if (!client) {
    client = createClient<paths>({ baseUrl: runtimeConfig().apiUrl })
    client.use(middleware)
  }
  return client
}

/** The If-Match value for a record read earlier: its ETag is its row version in quotes. */
export function ifMatch(record: { version?: number }): string {
  return `"${record.version ?? 0}"`
}

/** The record a save replaces, as the save functions take it (its id and If-Match), or undefined for a new one. */
export function replacing(record?: { id?: number; version?: number }): { id: number; etag: string } | undefined {
  return record ? { id: record.id!, etag: ifMatch(record) } : undefined
}

/** Data of a successful call; the middleware has already thrown on failures. */
export function data<T>(result: { data?: T }): T {
  return result.data as T
}
