/** One field where the user's draft and the server's current record disagree. */
export interface FieldDifference {
  field: string
  mine: unknown
  theirs: unknown
}

function same(a: unknown, b: unknown): boolean {
  const empty = (v: unknown) => v === undefined || v === null || v === ''
  if (empty(a) && empty(b)) return true
  return JSON.stringify(a) === JSON.stringify(b)
}

/**
 * After a 412: which of the form's fields the server now holds differently, so the user sees what changed and can
 * take the server's value field by field without losing the rest of what they typed.
 */
export function differences<T extends object>(draft: T, server: T, fields: readonly (keyof T & string)[]): FieldDifference[] {
  return fields.filter((f) => !same(draft[f], server[f])).map((f) => ({ field: f, mine: draft[f], theirs: server[f] }))
}
