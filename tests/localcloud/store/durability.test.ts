import Database from 'better-sqlite3'
import type { ChildProcess } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { spawnTs } from '@tests/helpers/child'
import { startTestCloud } from '@tests/helpers/cloud'

let writer: ChildProcess | undefined
// The writer writes until killed: a test that times out must not leave it running (jest would never exit).
afterEach(() => {
  if (writer && writer.exitCode === null && writer.signalCode === null) writer.kill('SIGKILL')
})

it('keeps every acknowledged write when the process is killed with SIGKILL mid-burst', async () => {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'tongxin-kill-'))
  const child = spawnTs('tests/fixtures/burst-writer.ts', [dataDir])
  writer = child
  let out = ''
  let lastAck = 0
  await new Promise<void>((resolve, reject) => {
    child.stdout!.on('data', (d) => {
      out += d
      const acks = out.match(/ACK (\d+)\n/g)
      lastAck = acks ? Number(acks[acks.length - 1].slice(4)) : 0
      if (lastAck >= 300 && child.exitCode === null && !child.killed) {
        child.kill('SIGKILL')
      }
    })
    child.once('exit', (_code, signal) => (signal === 'SIGKILL' ? resolve() : reject(new Error(`writer exited on its own: ${_code}`))))
  })
  // Every ACK line the writer managed to print before dying names a write that must be there.
  const acked = (out.match(/ACK (\d+)\n/g) ?? []).map((l) => Number(l.slice(4)))
  expect(acked.length).toBeGreaterThanOrEqual(300)

  const raw = new Database(path.join(dataDir, 'tongxin.db'))
  expect(raw.pragma('integrity_check', { simple: true })).toBe('ok')
  raw.close()

  const tc = await startTestCloud({ dataDir })
  try {
    const ids = acked.map((n) => `w-${n}`)
    const found = new Set<string>()
    for (let i = 0; i < ids.length; i += 500) {
      const { data } = await tc.db
        .collection('ping')
        .where({ _id: tc.db.command.in(ids.slice(i, i + 500)) })
        .limit(1000)
        .get()
      for (const d of data) found.add(d._id)
    }
    expect(ids.filter((id) => !found.has(id))).toEqual([])
    const counter = (await tc.db.collection('ping').doc('counter').get()).data.n
    expect(counter).toBeGreaterThanOrEqual(acked[acked.length - 1])
  } finally {
    await tc.close()
  }
  // The writer starts as a child process through tsx (compiling on a cold cache): a loaded machine needs more than 30 s.
}, 90_000)
