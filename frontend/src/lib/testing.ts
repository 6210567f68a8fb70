import { vi } from 'vitest'

/**
 * Waits until the assertion holds (the state, never a fixed time), for the component tests. The ceiling is generous
 * because a busy CI machine renders Element Plus slowly; vi.waitFor's own default (1 s) failed tests there.
 */
export function waitForState<T>(assertion: () => T): Promise<T> {
  return vi.waitFor(assertion, { timeout: 30_000, interval: 20 })
}
