import { queryOptions } from '@tanstack/vue-query'

/** The arguments of a fetch, any of them possibly not known yet (the query stays disabled until they are). */
type Pending<A extends unknown[]> = { [K in keyof A]: A[K] | undefined }

/**
 * The query-key factory of one endpoint, written beside its fetch: every key of the resource starts with `name`
 * (`all`, what a save invalidates to refresh every copy), `key(...args)` is the one of a call, and `options(...args)`
 * the query options of that call, for useQuery (with `enabled`, `staleTime` and the like added by the caller).
 */
export function queryFactory<A extends unknown[], T>(name: string, fetch: (...args: A) => Promise<T>) {
  const key = (...args: Pending<A>) => [name, ...args] as const
  return {
    all: [name] as const,
    key,
    options: (...args: Pending<A>) => queryOptions({ queryKey: key(...args), queryFn: () => fetch(...(args as A)) }),
  }
}
