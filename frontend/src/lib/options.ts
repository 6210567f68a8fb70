/** Option helpers for SelectField: a value is its own option value. */
export const itself = <T>(v: T): T => v
/** Records by their id. */
export const idOf = (r: { id?: number }): number => r.id!
