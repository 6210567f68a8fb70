import { expect, test } from 'vitest'
import { differences } from './conflict'

test('after a 412 only the fields the server holds differently are listed, with both values', () => {
  const draft = { title: 'Kế hoạch (bản của tôi)', purpose: '', status: 'DRAFT', periodToYear: 2020 }
  const server = { title: 'Kế hoạch', purpose: undefined as unknown as string, status: 'ISSUED', periodToYear: 2020 }
  expect(differences(draft, server, ['title', 'purpose', 'status', 'periodToYear'])).toEqual([
    { field: 'title', mine: 'Kế hoạch (bản của tôi)', theirs: 'Kế hoạch' },
    { field: 'status', mine: 'DRAFT', theirs: 'ISSUED' },
  ])
})
