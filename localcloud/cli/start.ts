// npm start — the local cloud and the H5 app on 127.0.0.1, seeded with the demo organisation.
// Data lives in .data/ (TONGXIN_DATA_DIR) and is reused on the next start.
import os from 'node:os'
import path from 'node:path'
import { LocalCloud } from '@localcloud/cloud'
import { startGateway } from '@localcloud/gateway/server'
import { Scheduler } from '@localcloud/scheduler/scheduler'
import { buildH5, h5IsStale } from './h5-build'
import { loadDemo } from './demo'

const REPO = path.resolve(__dirname, '../..')

/**
 * Subscribe-message template ids (in WeChat: chosen in the console, set as function environment
 * variables). Locally any id will do: the outbox shows what would be sent.
 */
const LOCAL_TEMPLATE_IDS: Record<string, string> = {
  ASSESSMENT_RATE_TEMPLATE_ID: 'local-assessment-rate',
  ASSESSMENT_TALK_TEMPLATE_ID: 'local-assessment-talk',
  BIRTHDAY_GREETING_TEMPLATE_ID: 'local-birthday-greeting',
  BIRTHDAY_UPCOMING_TEMPLATE_ID: 'local-birthday-upcoming',
  STUDY_TASK_TEMPLATE_ID: 'local-study-task',
  STUDY_RETURNED_TEMPLATE_ID: 'local-study-returned',
  STUDY_ANALYSIS_TEMPLATE_ID: 'local-study-analysis'
}
const shown = (p: string) => (path.relative(REPO, p).startsWith('..') ? p : path.relative(REPO, p))

async function main() {
  const dataDir = path.resolve(REPO, process.env.TONGXIN_DATA_DIR ?? '.data')
  const port = Number(process.env.PORT ?? 8080)
  // 127.0.0.1 by default: the dev sign-in lets anyone be anyone. HOST=0.0.0.0 lets a phone on the
  // same (trusted) network open the station screen's QR.
  const host = process.env.HOST ?? '127.0.0.1'
  const h5Dir = path.join(REPO, 'dist/h5')
  const log = (line: string) => console.log(`[localcloud] ${line}`)

  if (process.env.TONGXIN_SKIP_H5_BUILD !== '1' && h5IsStale(REPO, h5Dir)) {
    log('building the H5 app (first start or sources changed) ...')
    buildH5(REPO)
  }

  for (const [name, id] of Object.entries(LOCAL_TEMPLATE_IDS)) process.env[name] ??= id
  const cloud = new LocalCloud({ dataDir })
  const demo = loadDemo()
  const seeded = await demo.seedIfEmpty(cloud)
  log(seeded ? 'seeded the demo organisation' : 'using the existing data')

  const scheduler = new Scheduler(cloud)
  scheduler.start()
  const gateway = await startGateway(
    { cloud, scheduler, staticRoot: h5Dir, localMode: true, listPeople: () => demo.people(cloud), log },
    port,
    host
  )
  console.log(`\n  同心 Tongxin is running: open ${gateway.url}/  (data kept in ${shown(path.join(dataDir, 'tongxin.db'))})`)
  console.log(`  outbox: ${gateway.url}/dev/outbox.html   timers: ${gateway.url}/dev/scheduler\n`)
  if (host === '0.0.0.0') {
    const lan = Object.values(os.networkInterfaces())
      .flat()
      .filter((a): a is os.NetworkInterfaceInfo => !!a && a.family === 'IPv4' && !a.internal)
      .map((a) => `http://${a.address}:${port}/`)
    console.log(`  on this network (open the station screen here so its QR points at it): ${lan.join('  ') || 'no address found'}\n`)
  }

  const stop = async () => {
    scheduler.stop()
    await gateway.close()
    cloud.close()
    process.exit(0)
  }
  process.on('SIGINT', stop)
  process.on('SIGTERM', stop)
}

main().catch((e) => {
  console.error(e)
  process.exit(1)
})
