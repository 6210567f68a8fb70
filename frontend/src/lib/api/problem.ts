import type { components } from './schema'

export type Problem = components['schemas']['Problem']

/** A failed API call: the server's problem+json (RFC 9457), or one made up for a network or non-JSON failure. */
export class ApiError extends Error {
  readonly status: number
  readonly code: string
  readonly problem: Problem

  constructor(problem: Problem) {
    super(problem.detail ?? problem.title ?? `HTTP ${problem.status}`)
    this.name = 'ApiError'
    this.status = problem.status ?? 0
    this.code = problem.code ?? 'UNKNOWN'
    this.problem = problem
  }

  /** 412: the record changed since the caller read it (the If-Match version is stale). */
  get isConflict(): boolean {
    return this.status === 412
  }

  get violations(): NonNullable<Problem['violations']> {
    return this.problem.violations ?? []
  }
}

export async function toApiError(response: Response): Promise<ApiError> {
  const type = response.headers.get('Content-Type') ?? ''
  if (type.includes('json')) {
    try {
      return new ApiError((await response.clone().json()) as Problem)
    } catch {
      // not JSON after all: fall through to a generic problem
    }
  }
  return new ApiError({ status: response.status, title: response.statusText, code: `HTTP_${response.status}` })
}

/**
 * Server violations by form field: "targets[0].value" is shown on the field "targets[0].value", and a field the
 * form does not know (e.g. a rule about the whole record) goes to the general message under the key "".
 */
export function fieldErrors(error: unknown, formFields: readonly string[]): Record<string, string> {
  if (!(error instanceof ApiError)) return {}
  const result: Record<string, string> = {}
  for (const v of error.violations) {
    const key = v.field && formFields.includes(v.field) ? v.field : ''
    const message = v.message ?? ''
    result[key] = result[key] ? `${result[key]}; ${message}` : message
  }
  return result
}
