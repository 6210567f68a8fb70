import { computed, type ComputedRef, type Ref } from 'vue'
import { type QueryKey, useMutation, useQueryClient } from '@tanstack/vue-query'
import { fieldErrors } from './problem'

/**
 * A save that refreshes what it changed: on success the queries under `invalidate` (keys of the query factories)
 * reload. Server violations are
 * mapped onto the form's fields; anything else (412, 403, a rule about the whole record) is `error` for a banner.
 */
export function useSave<I, O>(save: (input: I) => Promise<O>, fields: readonly string[], invalidate: readonly QueryKey[]) {
  const client = useQueryClient()
  const mutation = useMutation({
    mutationFn: save,
    onSuccess: async () => {
      await Promise.all(invalidate.map((queryKey) => client.invalidateQueries({ queryKey })))
    },
  })
  const errors = computed(() => fieldErrors(mutation.error.value, fields))
  return { mutation, errors }
}

/** What an edit dialog needs of a save (see useSave): to run and reset it, whether it runs, how it failed. */
export interface SaveState {
  mutation: {
    mutateAsync: (input: undefined) => Promise<unknown>
    reset: () => void
    isPending: Ref<boolean>
    error: Ref<unknown>
  }
  errors: ComputedRef<Record<string, string>>
}
