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

export function serveStatic(root: string, urlPath: string, res: ServerResponse): void {
  const index = path.join(root, 'index.html')
  if (!fs.existsSync(index)) {
    res.writeHead(503, { 'content-type': 'text/html; charset=utf-8' })
    res.end(
      '<!doctype html><meta charset="utf-8"><p>H5 尚未构建：请运行 <code>npm run build:h5</code>（<code>npm start</code> 会自动构建）。</p>'
    )
    return
  }
  const rel = decodeURIComponent(urlPath.split('?')[0]).replace(/^\/+/, '')
  let file = path.resolve(root, rel || 'index.html')
  if (!file.startsWith(path.resolve(root)) || !fs.existsSync(file) || fs.statSync(file).isDirectory()) file = index
  const type = TYPES[path.extname(file)] ?? 'application/octet-stream'
  // Hashed assets may be cached; index.html never, so a rebuild is picked up at once.
  const cache = file === index ? 'no-cache' : 'public, max-age=31536000, immutable'
  res.writeHead(200, { 'content-type': type, 'cache-control': cache })
  fs.createReadStream(file).pipe(res)
}
