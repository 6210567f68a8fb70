import { createApp } from 'vue'
import App from './App.vue'
import { installProviders } from './providers'
import { createAppRouter } from './router'
import { restoreSession } from '@/lib/auth/auth'
import './styles.css'

async function start() {
  // Finish a login (or restore the Keycloak session silently) before the router decides where to go.
  const returnTo = await restoreSession()
  const router = createAppRouter()
  const app = createApp(App)
  installProviders(app)
  app.use(router)
  if (returnTo) await router.replace(returnTo)
  app.mount('#app')
}

void start()
