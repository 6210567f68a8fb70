import { UserManager } from 'oidc-client-ts'
import { userManagerSettings } from './settings'

// Runs inside the hidden iframe of a silent sign-in: passes the answer back to the app's UserManager.
void new UserManager(userManagerSettings()).signinSilentCallback()
