import type { Schemas } from '@/lib/api/types'

export type TagType = 'info' | 'success' | 'warning' | 'danger' | 'primary'

/**
 * What the lead agency must notice about one row of figures (an indicator, unit and breakdown). Several agencies'
 * figures are never added up: the row says they overlap and whether they agree; against a value already stored it
 * says whether the figures match it, differ from it (that value is left alone on acceptance) or nothing is stored.
 */
export function rowFlags(row: Schemas['FigureRow']): { key: string; type: TagType }[] {
  const flags: { key: string; type: TagType }[] = []
  if (row.duplicate) flags.push({ key: 'duplicate', type: 'warning' }, row.agree ? { key: 'agree', type: 'success' } : { key: 'disagree', type: 'danger' })
  if (!row.stored) flags.push({ key: 'notStored', type: 'info' })
  else flags.push(row.conflict ? { key: 'conflict', type: 'danger' } : { key: 'matchesStored', type: 'success' })
  return flags
}
