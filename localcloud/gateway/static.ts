// Serves the H5 build (dist/h5): files by path, anything else falls back to index.html (hash router).
import fs from 'node:fs'
import path from 'node:path'
import type { ServerResponse } from 'node:http'

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.svg': 'image/svg+xml',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.map': 'application/json'
}

/** The file under root that a URL path names, or null: bad percent-encoding, or a path that leaves root. */
export function staticFile(root: string, urlPath: string): string | null {
  let rel: string
  try {
    rel = decodeURIComponent(urlPath.split('?')[0]).replace(/^\/+/, '')
  } catch {
    return null // URIError: '%', '%E0%A4%A' …
  }
  const base = path.resolve(root)
  const file = path.resolve(base, rel || 'index.html')
  // Compare by relative path, not by prefix: '/srv/h5-private' starts with '/srv/h5' but is not inside it.
  const inside = path.relative(base, file)
  if (inside.startsWith('..') || path.isAbsolute(inside)) return null
  return file
}

/** Serves a file of the H5 build; answers false (nothing sent) when the path is not a valid one. */
export function serveStatic(root: string, urlPath: string, res: ServerResponse): boolean {
  const index = path.join(root, 'index.html')
  if (!fs.existsSync(index)) {
    res.writeHead(503, { 'content-type': 'text/html; charset=utf-8' })
    res.end(
      '<!doctype html><meta charset="utf-8"><p>H5 尚未构建：请运行 <code>npm run build:h5</code>（<code>npm start</code> 会自动构建）。</p>'
    )
    return true
  }
  let file = staticFile(root, urlPath)
  if (file === null) return false
  if (!fs.existsSync(file) || fs.statSync(file).isDirectory()) file = index
  const type = TYPES[path.extname(file)] ?? 'application/octet-stream'
  // Hashed assets may be cached; index.html never, so a rebuild is picked up at once.
  const cache = file === index ? 'no-cache' : 'public, max-age=31536000, immutable'
  res.writeHead(200, { 'content-type': type, 'cache-control': cache })
  fs.createReadStream(file).pipe(res)
  return true
}
