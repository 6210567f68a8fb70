/// <reference types="vitest/config" />
import { fileURLToPath, URL } from 'node:url'
import { defineConfig } from 'vite'
import vue from '@vitejs/plugin-vue'
import Components from 'unplugin-vue-components/vite'
import { ElementPlusResolver } from 'unplugin-vue-components/resolvers'

export default defineConfig({
  plugins: [
    vue(),
    // Element Plus on demand: only the components a template uses (and their styles) reach the bundle.
    Components({ resolvers: [ElementPlusResolver()], dts: false }),
  ],
  resolve: { alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) } },
  build: {
    // The dashboard's chunk carries ECharts (~190 KB gzip); it loads only with that route.
    chunkSizeWarningLimit: 600,
    rollupOptions: {
      // The silent-renew page is its own tiny entry: the identity provider's answer lands there in a hidden iframe.
      input: {
        main: fileURLToPath(new URL('./index.html', import.meta.url)),
        silent: fileURLToPath(new URL('./silent-renew.html', import.meta.url)),
      },
    },
  },
  test: {
    environment: 'jsdom',
    // a ceiling, not a wait: tests wait for state (findBy…, vi.waitFor); component tests that mount Element Plus
    // and fetch take seconds on a busy CI machine, where the default 5 s failed them
    testTimeout: 60_000,
    include: ['src/**/*.test.ts'],
    // Element Plus components import their CSS; let Vite (not Node) load them.
    server: { deps: { inline: ['element-plus'] } },
  },
})
