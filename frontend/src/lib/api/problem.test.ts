import { describe, expect, test } from 'vitest'
import { ApiError, fieldErrors, toApiError } from './problem'

const problemResponse = (status: number, body: object) =>
  new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/problem+json' } })

describe('problem+json', () => {
  test('becomes a typed error with its stable code', async () => {
    const e = await toApiError(problemResponse(412, { status: 412, code: 'PRECONDITION_FAILED', title: 'Precondition failed' }))
    expect(e).toBeInstanceOf(ApiError)
    expect(e.code).toBe('PRECONDITION_FAILED')
    expect(e.isConflict).toBe(true)
  })

  test('a non-JSON failure still becomes an ApiError', async () => {
    const e = await toApiError(new Response('<html>bad gateway</html>', { status: 502, statusText: 'Bad Gateway' }))
    expect(e.status).toBe(502)
    expect(e.isConflict).toBe(false)
  })

  test('violations land on the form fields they name; the rest on the general message', async () => {
    const e = await toApiError(problemResponse(400, {
      status: 400, code: 'VALIDATION_FAILED',
      violations: [
        { field: 'title', message: 'must not be blank' },
        { field: 'periodToYear', message: 'must be at least periodFromYear' },
        { field: 'implementsIds', message: 'would form a cycle' },
      ],
    }))
    expect(fieldErrors(e, ['title', 'periodToYear', 'number'])).toEqual({
      title: 'must not be blank', periodToYear: 'must be at least periodFromYear', '': 'would form a cycle',
    })
  })

  test('two violations of one field are both shown', () => {
    const e = new ApiError({ status: 400, violations: [{ field: 'value', message: 'a' }, { field: 'value', message: 'b' }] })
    expect(fieldErrors(e, ['value'])).toEqual({ value: 'a; b' })
  })
})
