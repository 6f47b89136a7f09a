// WeChat DevTools' 代码质量 panel, offline: miniprogram-ci's checkCodeQuality on the weapp build
// (run `NODE_ENV=production npx taro build --type weapp` first). Tested by tests/weapp/codeQuality.test.ts.
//   node --import tsx scripts/weapp-quality.ts             prints the checks; exit 1 if one fails
//   node --import tsx scripts/weapp-quality.ts --out=FILE  also writes them to FILE as JSON
// The project is the repo root, as DevTools opens it: the tool reads <projectPath>/project.config.json
// (its `setting` gives the compression checks) and analyses <projectPath>/<miniprogramRoot> = dist/weapp.
// Taro copies the same file into dist/weapp, so opening dist/weapp gives the same answers.
import crypto from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

export interface QualityCheck {
  name: string
  success: boolean
  text: string
  detail?: unknown
}

const REPO = path.resolve(__dirname, '..')
// Any appid of the right shape: the checks never reach WeChat's servers.
const PLACEHOLDER_APPID = 'wx0000000000000000'

export async function checkWeappQuality(projectPath = REPO): Promise<QualityCheck[]> {
  const ci = require('miniprogram-ci')
  // The rules as the DevTools panel words them (the English texts describe a failure, even on a pass).
  ci.locales.setLocale('zh')
  // A Project wants an upload key; a throwaway one, never written outside a temp folder.
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tongxin-quality-'))
  try {
    const { privateKey } = crypto.generateKeyPairSync('rsa', {
      modulusLength: 2048,
      privateKeyEncoding: { type: 'pkcs1', format: 'pem' },
      publicKeyEncoding: { type: 'spki', format: 'pem' }
    })
    const privateKeyPath = path.join(dir, 'private.key')
    fs.writeFileSync(privateKeyPath, privateKey, { mode: 0o600 })
    const project = new ci.Project({ appid: PLACEHOLDER_APPID, type: 'miniProgram', projectPath, privateKeyPath })
    const results = await ci.checkCodeQuality(project)
    return (results as QualityCheck[]).map(({ name, success, text, detail }) => ({ name, success, text, detail }))
  } finally {
    fs.rmSync(dir, { recursive: true, force: true })
  }
}

async function main(): Promise<number> {
  const out = process.argv.find((a) => a.startsWith('--out='))?.slice('--out='.length)
  const checks = await checkWeappQuality()
  for (const c of checks)
    console.log(`${c.success ? 'pass' : 'FAIL'}  ${c.name}  ${c.text}${c.success ? '' : `  ${JSON.stringify(c.detail ?? '')}`}`)
  if (out) fs.writeFileSync(out, JSON.stringify(checks, null, 2))
  return checks.length > 0 && checks.every((c) => c.success) ? 0 : 1
}

if (require.main === module) {
  // Explicit exit: the tool's code analyser leaves a file watcher open.
  main().then(
    (code) => process.exit(code),
    (e) => {
      console.error(e)
      process.exit(1)
    }
  )
}
