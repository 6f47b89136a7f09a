/** @jest-environment node */
// WeChat DevTools' 代码质量 checks (miniprogram-ci checkCodeQuality, offline) on the weapp build: all pass.
// The tool runs in a child process: its code analyser leaves a file watcher open that would keep jest alive.
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import type { QualityCheck } from '../../scripts/weapp-quality'

// Every check miniprogram-ci 2.1.42 runs for a mini-program (its PLUGIN_OVER_SIZE has no checker).
const CHECKS = [
  'PACKAGE_SIZE_LIMIT',
  'JS_COMPRESS_OPEN',
  'WXML_COMPRESS_OPEN',
  'WXSS_COMPRESS_OPEN',
  'LAZYCODE_LOADING_OPEN',
  'IMAGE_AND_AUDIO_LIMIT',
  'CONTAINS_OTHER_PKG_JS',
  'CONTAINS_OTHER_PKG_COMPONENTS',
  'CONTAINS_UNUSED_PLUGINS',
  'CONTAINS_UNUSED_COMPONENTS',
  'CONTAINS_UNUSED_CODES'
]
const REPO = path.resolve(__dirname, '../..')

let checks: QualityCheck[] = []

beforeAll(() => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tongxin-quality-out-'))
  const out = path.join(dir, 'checks.json')
  try {
    const r = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/weapp-quality.ts', `--out=${out}`], { cwd: REPO, encoding: 'utf8' })
    if (!fs.existsSync(out)) throw new Error(`scripts/weapp-quality.ts gave no result (exit ${r.status}):\n${r.stdout}\n${r.stderr}`)
    checks = JSON.parse(fs.readFileSync(out, 'utf8'))
  } finally {
    fs.rmSync(dir, { recursive: true, force: true })
  }
  console.log(`WeChat code quality:\n${checks.map((c) => `${c.success ? 'pass' : 'FAIL'}  ${c.name}  ${c.text}`).join('\n')}`)
}, 120_000)

describe('WeChat’s code quality checks on the weapp build', () => {
  it('are the ones this test knows (a new miniprogram-ci may add some)', () => {
    expect(checks.map((c) => c.name).sort()).toEqual([...CHECKS].sort())
  })

  it.each(CHECKS)('%s passes', (name) => {
    const check = checks.find((c) => c.name === name)
    expect(check).toMatchObject({ name, success: true })
  })

  it('finds no unused file (that check passes anyway while uploads skip unused files)', () => {
    expect(checks.find((c) => c.name === 'CONTAINS_UNUSED_CODES')?.detail).toEqual([])
  })
})
