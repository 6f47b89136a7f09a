import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { spawnTs, waitForLine } from '@tests/helpers/child'

it('keeps serving after a function leaves a stray promise rejection', async () => {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'tongxin-gw-'))
  const child = spawnTs('tests/fixtures/serve-fixtures.ts', [dataDir])
  try {
    const [, url] = await waitForLine(child, /^READY (\S+)/)
    const stray = await fetch(`${url}/cloud/stray`, { method: 'POST', body: '{}' })
    expect(stray.status).toBe(200)
    await new Promise((r) => setTimeout(r, 200))
    const echo = await fetch(`${url}/cloud/echo`, { method: 'POST', body: '{}' })
    expect(echo.status).toBe(200)
    expect(child.exitCode).toBeNull()
  } finally {
    child.kill('SIGKILL')
    fs.rmSync(dataDir, { recursive: true, force: true })
  }
})
