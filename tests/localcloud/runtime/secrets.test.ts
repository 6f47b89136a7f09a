import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { provideLocalSecrets } from '@localcloud/runtime/secrets'

describe('local function secrets', () => {
  const name = 'TONGXIN_TEST_SECRET'
  let dir: string
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tongxin-secrets-'))
    delete process.env[name]
  })
  afterEach(() => {
    delete process.env[name]
    fs.rmSync(dir, { recursive: true, force: true })
  })

  it('generates a strong secret once per data folder and keeps it across restarts', () => {
    provideLocalSecrets(dir, [name])
    const first = process.env[name]
    expect(first).toMatch(/^[0-9a-f]{64}$/)
    delete process.env[name]
    provideLocalSecrets(dir, [name])
    expect(process.env[name]).toBe(first)
    expect(fs.statSync(path.join(dir, 'secrets.json')).mode & 0o077).toBe(0)
  })

  it('leaves a secret the environment already sets', () => {
    process.env[name] = 'from-the-environment-0123456789'
    provideLocalSecrets(dir, [name])
    expect(process.env[name]).toBe('from-the-environment-0123456789')
  })
})
