// @vitest-environment node
import { readFileSync, readdirSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { expect, test } from 'vitest'
import vi from './vi.json'
import en from './en.json'

function keys(messages: object, prefix = ''): string[] {
  return Object.entries(messages).flatMap(([k, v]) =>
    typeof v === 'object' && v !== null ? keys(v, `${prefix}${k}.`) : [`${prefix}${k}`])
}

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name)
    if (statSync(path).isDirectory()) return sources(path)
    return /\.(vue|ts)$/.test(name) && !name.endsWith('.test.ts') ? [path] : []
  })
}

test('Vietnamese and English have exactly the same keys', () => {
  const viKeys = keys(vi)
  const enKeys = keys(en)
  expect(viKeys.filter((k) => !enKeys.includes(k)), 'missing in en.json').toEqual([])
  expect(enKeys.filter((k) => !viKeys.includes(k)), 'missing in vi.json').toEqual([])
})

test('every literal key the code asks for exists', () => {
  const known = new Set(keys(vi))
  const src = fileURLToPath(new URL('..', import.meta.url))
  const used = sources(src).flatMap((file) =>
    [...readFileSync(file, 'utf8').matchAll(/\bt\('([a-zA-Z0-9_.]+)'/g)].map((m) => `${m[1]} (${file.slice(src.length)})`))
  expect(used.filter((u) => !known.has(u.split(' ')[0]))).toEqual([])
})
