// @vitest-environment node
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import openapiTS, { astToString, COMMENT_HEADER } from 'openapi-typescript'
import { expect, test } from 'vitest'

// The client's types are generated from the one contract (npm run generate:api); this fails when either moved alone.
test('the committed API types are what ../openapi.yaml generates today', async () => {
  const contract = new URL('../../../../openapi.yaml', import.meta.url)
  const generated = `${COMMENT_HEADER}${astToString(await openapiTS(contract, { silent: true }))}`
  const committed = readFileSync(fileURLToPath(new URL('./schema.d.ts', import.meta.url)), 'utf8')
  expect(generated === committed, 'src/lib/api/schema.d.ts is stale: run `npm run generate:api` and commit it').toBe(true)
}, 60_000)
