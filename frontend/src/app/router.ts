import { createRouter, createWebHistory, type RouteRecordRaw } from 'vue-router'
import { isAuthenticated } from '@/lib/auth/auth'

// Every screen is its own chunk, loaded when first visited (the dashboard brings ECharts with it).
const routes: RouteRecordRaw[] = [
  { path: '/', redirect: '/dashboard' },
  { path: '/login', name: 'login', component: () => import('./LoginView.vue'), meta: { public: true } },
  { path: '/dashboard', name: 'dashboard', component: () => import('@/features/dashboard/views/DashboardView.vue') },
  { path: '/plans', name: 'plans', component: () => import('@/features/plans/views/PlanListView.vue') },
  { path: '/plans/new', name: 'plan-new', component: () => import('@/features/plans/views/PlanEditView.vue') },
  { path: '/plans/:id(\\d+)', name: 'plan', component: () => import('@/features/plans/views/PlanView.vue'), props: true },
  {
    path: '/plans/:id(\\d+)/edit', name: 'plan-edit',
    component: () => import('@/features/plans/views/PlanEditView.vue'), props: true,
  },
  { path: '/my-work', name: 'my-work', component: () => import('@/features/my-work/views/MyWorkView.vue') },
  {
    path: '/my-work/reports/:id(\\d+)', name: 'report',
    component: () => import('@/features/my-work/views/ReportView.vue'), props: true,
  },
  {
    path: '/consolidation', name: 'consolidation',
    component: () => import('@/features/consolidation/views/ConsolidationView.vue'),
  },
  { path: '/:pathMatch(.*)*', name: 'not-found', component: () => import('./NotFoundView.vue') },
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
  return router
}
