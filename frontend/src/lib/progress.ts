import type { Schemas } from '@/lib/api/types'

/** Every status of a task or an assignment, in the order of the work. */
export const WORK_STATUSES = ['NOT_STARTED', 'IN_PROGRESS', 'DONE', 'CANCELLED'] as const satisfies readonly Schemas['WorkStatus'][]

/**
 * An assignment as its progress dialog needs it, whichever screen listed it (My work's list of the agency's
 * assignments, a plan's task tree): what PUT /assignments/{id} must send back unchanged, its version and its
 * current progress report.
 */
export interface Progress {
  id: number
  version: number
  taskId: number
  agencyId?: number
  role: Schemas['AssignmentRole']
  duty?: string | null
  dueOn?: string | null
  status?: Schemas['WorkStatus']
  progressNote?: string | null
  statusOn?: string | null
}

/** A progress report as the dialog's form holds it ('' for no note or no date). */
export interface ProgressReport {
  status: Schemas['WorkStatus']
  progressNote: string
  statusOn: string | null | undefined
}

export function fromAssignment(a: Schemas['Assignment']): Progress {
  return {
    id: a.id!, version: a.version ?? 0, taskId: a.task!.id!, agencyId: a.agency?.id, role: a.role!, duty: a.duty,
    dueOn: a.dueOn, status: a.status, progressNote: a.progressNote, statusOn: a.statusOn,
  }
}

export function fromBrief(taskId: number, a: Schemas['AssignmentBrief']): Progress {
  return {
    id: a.id!, version: a.version ?? 0, taskId, agencyId: a.agency?.id, role: a.role!, duty: a.duty, dueOn: a.dueOn,
    status: a.status, progressNote: a.progressNote, statusOn: a.statusOn,
  }
}

/**
 * The body of PUT /assignments/{id} for a new progress report: the assignment as it is (an officer may change
 * nothing else) with the status, the note and the date, which the server replaces together.
 */
export function progressInput(p: Progress, report: ProgressReport): Schemas['AssignmentInput'] {
  return {
    taskId: p.taskId, agencyId: p.agencyId!, role: p.role, duty: p.duty ?? undefined, dueOn: p.dueOn ?? undefined,
    status: report.status, progressNote: report.progressNote.trim() || undefined, statusOn: report.statusOn || undefined,
  }
}

/**
 * Whether the caller may report progress on an assignment, as the server decides it: admins, planners who edit the
 * plan (`editsPlan`), and the officers of the assigned agency.
 */
export function mayReportProgress(me: Schemas['Me'] | undefined, agencyId: number | undefined, editsPlan: boolean): boolean {
  const roles = me?.roles ?? []
  if (roles.includes('admin') || (roles.includes('planner') && editsPlan)) return true
  return roles.includes('officer') && agencyId !== undefined && me?.agency?.id === agencyId
}
