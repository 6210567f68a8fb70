// Serves the built app (dist/) the way nginx does in compose: files as they are, every other path gets index.html
// (the router decides), and /config.js is written from the environment so the same build runs anywhere.
//   PORT (default 4173), CHILDPLAN_API_URL, CHILDPLAN_OIDC_AUTHORITY, CHILDPLAN_OIDC_CLIENT_ID
// Used by ../run.sh and the browser tests; no dependencies, loopback only.
import { createServer } from 'node:http'
import { readFile } from 'node:fs/promises'
import { extname, join, normalize } from 'node:path'

const dist = new URL('../dist/', import.meta.url).pathname
const port = Number(process.env.PORT ?? 4173)
const config = {
  apiUrl: process.env.CHILDPLAN_API_URL ?? 'http://localhost:8080',
  oidcAuthority: process.env.CHILDPLAN_OIDC_AUTHORITY ?? 'http://localhost:8180/realms/childplan',
  oidcClientId: process.env.CHILDPLAN_OIDC_CLIENT_ID ?? 'childplan-spa',
}
const configJs = `window.__CHILDPLAN_CONFIG__ = ${JSON.stringify(config)};\n`
const TYPES = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml', '.png': 'image/png', '.ico': 'image/x-icon', '.json': 'application/json', '.woff2': 'font/woff2',
}

createServer(async (req, res) => {
  const path = normalize(decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname))
  if (path === '/config.js') {
    res.writeHead(200, { 'Content-Type': TYPES['.js'], 'Cache-Control': 'no-store' })
    res.end(configJs)
    return
  }
  const file = extname(path) ? join(dist, path) : join(dist, 'index.html')
  try {
    const body = await readFile(file)
    const immutable = path.startsWith('/assets/')
    res.writeHead(200, {
      'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream',
      'Cache-Control': immutable ? 'public, max-age=31536000, immutable' : 'no-cache',
    })
    res.end(body)
  } catch {
    res.writeHead(404, { 'Content-Type': 'text/plain' })
    res.end('Not found')
  }
}).listen(port, '127.0.0.1', () => console.log(`SPA on http://localhost:${port} (API ${config.apiUrl})`))
