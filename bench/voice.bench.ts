// Photo uploads (issue 14): 50 photos of 500 KB (incompressible PNGs, each different) uploaded at once
// through the gateway (POST /__storage/upload, each as its own signed-in member, as 50 phones would), then
// checked: every one stored (its metadata and its bytes read back equal, by sha256), none lost. Figures:
// wall time of the burst, per-upload latency p50/p95/p99/max, throughput, and 50 temporary-URL downloads at
// once (bytes equal, wall time, p99).
import crypto from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { LocalCloud } from '@localcloud/cloud'
import { startGateway } from '@localcloud/gateway/server'
import { makePng } from '@localcloud/storage/png'
import { percentile, round } from './stats'

const PHOTOS = 50
const BYTES = 500 * 1024

/** A PNG of noise whose size is just under `bytes` (about 3 bytes a pixel, stored uncompressed). */
function photoOf(seed: number, bytes = BYTES): Buffer {
  const side = Math.floor(Math.sqrt((bytes - 2000) / 3))
  return makePng({ width: side, height: side, noise: true, seed: seed + 1 })
}

const sha = (b: Buffer) => crypto.createHash('sha256').update(b).digest('hex')

export async function benchVoice(): Promise<Record<string, number>> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'tongxin-bench-voice-'))
  const cloud = new LocalCloud({ dataDir })
  const gw = await startGateway({ cloud, localMode: true })
  try {
    const photos = Array.from({ length: PHOTOS }, (_, i) => photoOf(i))
    const paths = photos.map((_, i) => `voice/bench${String(i).padStart(2, '0')}/benchdraft-${i % 9}.png`)
    const latencies: number[] = []
    const t0 = process.hrtime.bigint()
    const replies = await Promise.all(
      photos.map(async (body, i) => {
        const t = process.hrtime.bigint()
        const res = await fetch(`${gw.url}/__storage/upload?cloudPath=${encodeURIComponent(paths[i])}`, {
          method: 'POST',
          headers: { cookie: `tx_dev_openid=bench:${i}`, 'content-type': 'image/png' },
          body: new Uint8Array(body)
        })
        const reply = (await res.json()) as { ok: boolean; data?: { fileID: string } }
        latencies.push(Number(process.hrtime.bigint() - t) / 1e6)
        return reply
      })
    )
    const wallMs = Number(process.hrtime.bigint() - t0) / 1e6
    const accepted = replies.filter((r) => r.ok).length
    // None lost: every path has metadata whose sha matches what was sent, and the bytes on disk match.
    let intact = 0
    for (const [i, p] of paths.entries()) {
      const file = cloud.files.read(p)
      if (file && file.meta.sha256 === sha(photos[i]) && sha(file.bytes) === sha(photos[i]) && file.meta.owner === `bench:${i}`) intact++
    }
    // Downloads: 50 temporary URLs fetched at once.
    const urls = paths.map((p) => cloud.files.tempUrl(p, 600))
    const down: number[] = []
    const d0 = process.hrtime.bigint()
    const got = await Promise.all(
      urls.map(async (u, i) => {
        const t = process.hrtime.bigint()
        const b = Buffer.from(await (await fetch(u)).arrayBuffer())
        down.push(Number(process.hrtime.bigint() - t) / 1e6)
        return sha(b) === sha(photos[i])
      })
    )
    const downWallMs = Number(process.hrtime.bigint() - d0) / 1e6
    const mb = (PHOTOS * photos[0].length) / 2 ** 20
    return {
      'voice.upload.photos': PHOTOS,
      'voice.upload.photoBytes': photos[0].length,
      'voice.upload.accepted': accepted,
      'voice.upload.storedIntact': intact,
      'voice.upload.lost': PHOTOS - intact,
      'voice.upload.wallMs': round(wallMs, 1),
      'voice.upload.p50Ms': round(percentile(latencies, 50), 1),
      'voice.upload.p95Ms': round(percentile(latencies, 95), 1),
      'voice.upload.p99Ms': round(percentile(latencies, 99), 1),
      'voice.upload.maxMs': round(Math.max(...latencies), 1),
      'voice.upload.MBps': round(mb / (wallMs / 1000), 1),
      'voice.download.intact': got.filter(Boolean).length,
      'voice.download.wallMs': round(downWallMs, 1),
      'voice.download.p99Ms': round(percentile(down, 99), 1)
    }
  } finally {
    await gw.close()
    cloud.close()
    fs.rmSync(dataDir, { recursive: true, force: true })
  }
}
