// Function secrets (WeChat: 云函数 → 函数配置 → 环境变量). Locally each is generated once per data
// folder and kept in <dataDir>/secrets.json (ignored by git), then put in process.env for the
// functions, unless the environment already sets it.
import crypto from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'

/** Every secret a function reads; the README's deploy steps list the same names. */
export const FUNCTION_SECRETS = ['CHECKIN_SECRET', 'ASSESSMENT_SECRET'] as const

export function provideLocalSecrets(dataDir: string, names: readonly string[] = FUNCTION_SECRETS): void {
  const file = path.join(dataDir, 'secrets.json')
  const stored: Record<string, string> = fs.existsSync(file) ? JSON.parse(fs.readFileSync(file, 'utf8')) : {}
  let changed = false
  for (const name of names) {
    if (!stored[name]) {
      stored[name] = crypto.randomBytes(32).toString('hex')
      changed = true
    }
    if (!process.env[name]) process.env[name] = stored[name]
  }
  if (changed) {
    fs.mkdirSync(dataDir, { recursive: true })
    fs.writeFileSync(file, `${JSON.stringify(stored, null, 2)}\n`, { mode: 0o600 })
  }
}
