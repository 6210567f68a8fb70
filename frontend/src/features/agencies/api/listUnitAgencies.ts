import { api, data } from '@/lib/api/client'
import { queryFactory } from '@/lib/api/query'

/**
 * The agencies of a unit (of every unit for a national body, which has none) in force on `validOn` when it is
 * given, by name: those that can take over an ending agency's tasks.
 */
export async function listUnitAgencies(unitId: number | undefined, validOn: string | undefined) {
  return data(await api().GET('/api/v1/agencies', { params: { query: { unitId, validOn, size: 100, sort: 'name' } } }))
}

export const unitAgenciesQuery = queryFactory('unit-agencies', listUnitAgencies)
