import type { Schemas } from '@/lib/api/types'

export type TagType = 'info' | 'success' | 'warning' | 'danger' | 'primary'

/**
 * What the lead agency must notice about one row of figures (an indicator, unit and breakdown). Several agencies'
 * figures are never added up: the row says they overlap and whether they agree; against a value already stored it
 * says whether the figures match it, differ from it (that value is left alone on acceptance) or nothing is stored.
 * When a figure or the stored value is withheld from the reader (small-cell suppression) the API does not tell
 * whether they agree or conflict (null): the row says a figure is withheld instead, once.
 */
export function rowFlags(row: Schemas['FigureRow']): { key: string; type: TagType }[] {
  const flags: { key: string; type: TagType }[] = []
  const withheld = { key: 'withheld', type: 'info' as const }
  if (row.duplicate) {
    flags.push({ key: 'duplicate', type: 'warning' })
    flags.push(row.agree == null ? withheld : row.agree ? { key: 'agree', type: 'success' } : { key: 'disagree', type: 'danger' })
  }
  if (!row.stored) flags.push({ key: 'notStored', type: 'info' })
  else if (row.conflict == null) flags.push(withheld)
  else flags.push(row.conflict ? { key: 'conflict', type: 'danger' } : { key: 'matchesStored', type: 'success' })
  return [...new Map(flags.map((f) => [f.key, f])).values()]
}
