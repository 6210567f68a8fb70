import path from 'node:path'
import { fileURLToPath } from 'node:url'
import pluginVue from 'eslint-plugin-vue'
import { defineConfigWithVueTs, vueTsConfigs } from '@vue/eslint-config-typescript'

const SRC = path.join(path.dirname(fileURLToPath(import.meta.url)), 'src')
const FEATURES = path.join(SRC, 'features')

/** The feature a file lies in (src/features/<name>/…), or undefined outside the features. */
function featureOf(file) {
  const rel = path.relative(FEATURES, file)
  return rel.startsWith('..') || path.isAbsolute(rel) ? undefined : rel.split(path.sep)[0]
}

/**
 * Features do not import each other: a file in src/features/X may import its own folder, src/lib, src/components
 * and src/locales, never src/features/Y; src/lib and src/components import no feature at all (only src/app, which
 * routes to them, does). Imports are resolved ("@/…" and relative ones), so "../../Y/api/x" is caught as well.
 */
const noCrossFeatureImports = {
  meta: {
    type: 'problem',
    docs: { description: 'forbid imports from one feature folder into another (or into src/lib and src/components)' },
    schema: [],
    messages: {
      cross: "'{{source}}' is in feature '{{target}}': a feature imports only itself, src/lib, src/components and src/locales",
      shared: "'{{source}}' is in feature '{{target}}': shared code (src/lib, src/components) imports no feature",
    },
  },
  create(context) {
    const file = context.filename
    const own = featureOf(file)
    const shared = [path.join(SRC, 'lib'), path.join(SRC, 'components')].some((d) => file.startsWith(d + path.sep))
    if (!own && !shared) return {}
    function check(node) {
      const source = node.source
      if (!source || source.type !== 'Literal' || typeof source.value !== 'string') return
      const spec = source.value
      let resolved
      if (spec.startsWith('@/')) resolved = path.join(SRC, spec.slice(2))
      else if (spec.startsWith('.')) resolved = path.resolve(path.dirname(file), spec)
      else return
      const target = featureOf(resolved)
      if (!target || target === own) return
      context.report({ node: source, messageId: own ? 'cross' : 'shared', data: { source: spec, target } })
    }
    return { ImportDeclaration: check, ExportNamedDeclaration: check, ExportAllDeclaration: check, ImportExpression: check }
  },
}

export default defineConfigWithVueTs(
  { ignores: ['dist/**', 'node_modules/**', 'e2e/**', 'src/lib/api/schema.d.ts'] },
  { files: ['src/**/*.{ts,vue}'] },
  pluginVue.configs['flat/recommended'],
  vueTsConfigs.recommended,
  {
    plugins: { childplan: { rules: { 'no-cross-feature-imports': noCrossFeatureImports } } },
    rules: {
      'childplan/no-cross-feature-imports': 'error',
      // Every text a user reads comes from src/locales (vi.json, en.json); what stays literal: punctuation, the
      // back arrow, and the language switch's two names, each written in its own language whatever the UI language.
      'vue/no-bare-strings-in-template': ['error', {
        allowlist: ['(', ')', ',', '.', '&', '+', '-', '=', '*', '/', '#', '%', '!', '?', ':', '[', ']', '{', '}', '<',
          '>', '\u00b7', '\u2022', '\u2010', '\u2013', '\u2014', '\u2212', '|', '\u2190', 'Tiếng Việt', 'English'],
      }],
      // Layout of templates is left to the author (attributes packed up to 120 columns, as the code is written);
      // the recommended rules about meaning and order stay on.
      'vue/max-attributes-per-line': 'off',
      'vue/singleline-html-element-content-newline': 'off',
      'vue/multiline-html-element-content-newline': 'off',
      'vue/first-attribute-linebreak': 'off',
      'vue/html-indent': 'off',
      'vue/html-closing-bracket-newline': 'off',
    },
  },
)
