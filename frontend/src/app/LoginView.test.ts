import { afterEach, expect, test, vi } from 'vitest'
import { mount } from '@vue/test-utils'
import { createMemoryHistory, createRouter } from 'vue-router'
import { i18n, setLang } from '@/lib/i18n'
import { waitForState } from '@/lib/testing'
import LoginView from './LoginView.vue'

afterEach(() => {
  vi.unstubAllGlobals()
  setLang('vi')
})

test.each([
  ['vi', 'Không kết nối được máy chủ đăng nhập'],
  ['en', 'The login server cannot be reached'],
] as const)('a login while Keycloak is down says the login server cannot be reached (%s)', async (lang, message) => {
  window.__CHILDPLAN_CONFIG__ = { oidcAuthority: 'http://localhost:8180/realms/childplan', oidcClientId: 'childplan-spa' }
  // oidc-client-ts's signinRedirect first reads the realm's discovery document: Keycloak is down
  const fetch = vi.fn<typeof globalThis.fetch>(() => Promise.reject(new TypeError('Failed to fetch')))
  vi.stubGlobal('fetch', fetch)
  setLang(lang)
  const router = createRouter({ history: createMemoryHistory(), routes: [{ path: '/login', component: LoginView }] })
  await router.push('/login?returnTo=/my-work')
  const wrapper = mount(LoginView, { global: { plugins: [router, i18n] } })
  expect(wrapper.text()).not.toContain(message)

  await wrapper.find('button').trigger('click')

  await waitForState(() => expect(wrapper.text()).toContain(message))
  expect(String(fetch.mock.calls[0]?.[0])).toContain('/realms/childplan/.well-known/openid-configuration')
  expect(wrapper.find('button').exists()).toBe(true) // to try again
})
