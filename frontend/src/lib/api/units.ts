import { api, data } from './client'
import { queryFactory } from './query'

/**
 * Administrative units by name: those directly below `parentCode`, or the provinces when it is absent; those that
 * stood on `validOn` when it is given, else former ones too (a 2016 plan governs the province as it was then).
 */
export async function listUnits(parentCode?: string, validOn?: string) {
  return data(await api().GET('/api/v1/admin-units', {
    params: { query: { parentCode, level: parentCode ? undefined : 'PROVINCE', validOn, size: 100, sort: 'name' } },
  }))
}

export const unitsQuery = queryFactory('admin-units', listUnits)
