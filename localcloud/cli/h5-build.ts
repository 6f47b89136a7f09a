// npm start builds the H5 app only when its sources changed since the last build.
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'

const SOURCE_DIRS = ['src', 'shared', 'config']
const SOURCE_FILES = ['package.json', 'babel.config.js', 'tsconfig.json']

function newestMtime(repo: string): number {
  let newest = 0
  const visit = (p: string) => {
    if (!fs.existsSync(p)) return
    const st = fs.statSync(p)
    if (st.isDirectory()) for (const e of fs.readdirSync(p)) visit(path.join(p, e))
    else newest = Math.max(newest, st.mtimeMs)
  }
  for (const d of [...SOURCE_DIRS, ...SOURCE_FILES]) visit(path.join(repo, d))
  return newest
}

export function h5IsStale(repo: string, outDir: string): boolean {
  const index = path.join(outDir, 'index.html')
  return !fs.existsSync(index) || fs.statSync(index).mtimeMs < newestMtime(repo)
}

export function buildH5(repo: string): void {
  const r = spawnSync(process.execPath, [require.resolve('@tarojs/cli/bin/taro', { paths: [repo] }), 'build', '--type', 'h5'], {
    cwd: repo,
    stdio: 'inherit',
    env: { ...process.env, NODE_ENV: 'production' }
  })
  if (r.status !== 0) throw new Error(`H5 build failed (exit ${r.status})`)
}
