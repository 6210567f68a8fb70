import type { Schemas } from '@/lib/api/types'

/** For a split: the successor picked for each task by its id; a task without one goes to the main successor. */
export type Picks = Record<number, number | undefined>

/** The day after `day` (yyyy-MM-dd): the first on which a successor must be in force. */
export function dayAfter(day: string): string {
  const d = new Date(`${day}T00:00:00Z`)
  d.setUTCDate(d.getUTCDate() + 1)
  return d.toISOString().slice(0, 10)
}

/**
 * The body of a preview: one to one without `picks`; for a split, the tasks whose successor is not the main one in
 * `taskSuccessors` (the API sends every other task, and the reports, to `successorId`).
 */
export function successionInput(successorId: number, endOn: string, picks?: Picks): Schemas['SuccessionInput'] {
  if (!picks) return { successorId, endOn }
  const taskSuccessors = Object.entries(picks)
    .filter(([, to]) => to !== undefined && to !== successorId)
    .map(([taskId, to]) => ({ taskId: Number(taskId), successorId: to! }))
  return { successorId, endOn, taskSuccessors }
}

/**
 * The server's violations of a split's lines (`taskSuccessors[2].successorId`) by the task of that line in the body
 * sent, for the row of that task.
 */
export function errorsByTask(sent: Schemas['SuccessionInput'] | undefined, errors: Record<string, string>) {
  const byTask: Record<number, string> = {}
  sent?.taskSuccessors?.forEach((line, i) => {
    const message = [errors[`taskSuccessors[${i}].taskId`], errors[`taskSuccessors[${i}].successorId`]]
      .filter(Boolean).join('; ')
    if (message) byTask[line.taskId!] = message
  })
  return byTask
}
