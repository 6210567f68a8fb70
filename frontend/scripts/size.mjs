// Initial JavaScript of the built app: the entry script of dist/index.html and the chunks it preloads, gzipped.
// Fails above the budget (250 KB gzip); lazy route chunks are not counted, they load when a screen is opened.
import { readFileSync } from 'node:fs'
import { gzipSync } from 'node:zlib'
import { join } from 'node:path'

const BUDGET = 250 * 1024
const dist = new URL('../dist/', import.meta.url).pathname
const html = readFileSync(join(dist, 'index.html'), 'utf8')
const files = [
  ...html.matchAll(/<script[^>]+type="module"[^>]+src="([^"]+)"/g),
  ...html.matchAll(/<link[^>]+rel="modulepreload"[^>]+href="([^"]+)"/g),
].map((m) => m[1])
if (files.length === 0) {
  console.error('size: no entry script found in dist/index.html (run npm run build first)')
  process.exit(1)
}
let total = 0
for (const file of files) {
  const gz = gzipSync(readFileSync(join(dist, file.replace(/^\//, '')))).length
  total += gz
  console.log(`  ${(gz / 1024).toFixed(1).padStart(7)} KB  ${file}`)
}
const ok = total <= BUDGET
console.log(`size: initial JS ${(total / 1024).toFixed(1)} KB gzip (budget ${BUDGET / 1024} KB): ${ok ? 'OK' : 'TOO BIG'}`)
process.exit(ok ? 0 : 1)
