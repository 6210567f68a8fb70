import type { components } from './schema'

/** Short names for the contract's schemas. */
export type Schemas = components['schemas']
