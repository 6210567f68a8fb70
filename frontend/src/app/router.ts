import { nextTick } from 'vue'
import { createRouter, createWebHistory, type RouteRecordRaw } from 'vue-router'
import { isAuthenticated } from '@/lib/auth/auth'
import { i18n } from '@/lib/i18n'

// Every screen is its own chunk, loaded when first visited (the dashboard brings ECharts with it).
const routes: RouteRecordRaw[] = [
  { path: '/', redirect: '/dashboard' },
  { path: '/login', name: 'login', component: () => import('./LoginView.vue'), meta: { public: true, title: 'login.button' } },
  { path: '/dashboard', name: 'dashboard', component: () => import('@/features/dashboard/views/DashboardView.vue'), meta: { title: 'nav.dashboard' } },
  { path: '/plans', name: 'plans', component: () => import('@/features/plans/views/PlanListView.vue'), meta: { title: 'nav.plans' } },
  {
    path: '/plans/import', name: 'plan-import',
    component: () => import('@/features/plan-import/views/PlanImportView.vue'), meta: { title: 'planImport.title' },
  },
  { path: '/plans/new', name: 'plan-new', component: () => import('@/features/plans/views/PlanEditView.vue'), meta: { title: 'planForm.createTitle' } },
  { path: '/plans/:id(\\d+)', name: 'plan', component: () => import('@/features/plans/views/PlanView.vue'), props: true, meta: { title: 'nav.plans' } },
  {
    path: '/plans/:id(\\d+)/edit', name: 'plan-edit',
    component: () => import('@/features/plans/views/PlanEditView.vue'), props: true, meta: { title: 'planForm.editTitle' },
  },
  { path: '/my-work', name: 'my-work', component: () => import('@/features/my-work/views/MyWorkView.vue'), meta: { title: 'nav.myWork' } },
  {
    path: '/my-work/reports/:id(\\d+)', name: 'report',
    component: () => import('@/features/my-work/views/ReportView.vue'), props: true, meta: { title: 'nav.myWork' },
  },
  {
    path: '/consolidation', name: 'consolidation',
    component: () => import('@/features/consolidation/views/ConsolidationView.vue'), meta: { title: 'nav.consolidation' },
  },
  { path: '/agencies', name: 'agencies', component: () => import('@/features/agencies/views/AgencyListView.vue'), meta: { title: 'nav.agencies' } },
  { path: '/imports', name: 'imports', component: () => import('@/features/imports/views/ImportView.vue'), meta: { title: 'imports.title' } },
  { path: '/calendar', name: 'calendar', component: () => import('@/features/calendar/views/CalendarView.vue'), meta: { title: 'nav.calendar' } },
  {
    path: '/notifications', name: 'notifications',
    component: () => import('@/features/notifications/views/NotificationsView.vue'), meta: { title: 'notification.title' },
  },
  { path: '/:pathMatch(.*)*', name: 'not-found', component: () => import('./NotFoundView.vue'), meta: { title: 'notFound.title' } },
]

export function createAppRouter() {
  const router = createRouter({ history: createWebHistory(), routes })
  router.beforeEach((to) => {
    if (!to.meta.public && !isAuthenticated.value) {
      return { name: 'login', query: { returnTo: to.fullPath } }
    }
    if (to.name === 'login' && isAuthenticated.value) {
      return typeof to.query.returnTo === 'string' && to.query.returnTo.startsWith('/') ? to.query.returnTo : '/'
    }
    return true
  })
  // Each screen names itself in the window title, and after an in-app navigation focus moves to the new content
  // (so keyboard and screen-reader users start there, not on the link they left); a new query (a tab) keeps focus.
  router.afterEach((to, from) => {
    const { t } = i18n.global
    document.title = to.meta.title ? `${t(to.meta.title as string)} – ${t('app.name')}` : t('app.name')
    if (from.matched.length && to.path !== from.path) void nextTick(() => document.getElementById('main')?.focus())
  })
  return router
}
