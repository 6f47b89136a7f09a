// npm run bench — prints a table of figures and writes them to bench-results.json (one key per
// figure, merged with what earlier runs wrote). A benchmark, not a test: nothing here asserts.
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { benchCheckin } from './checkin.bench'
import { benchAssessment } from './assessment.bench'
import { benchBirthday } from './birthday.bench'
import { benchCommitment } from './commitment.bench'
import { benchLocalcloud } from './localcloud.bench'
import { benchRating } from './rating.bench'
import { benchStudy, benchStudyCommittee } from './study.bench'
import { benchVoice } from './voice.bench'

const SUITES: Record<string, () => Promise<Record<string, number>>> = {
  localcloud: benchLocalcloud,
  checkin: benchCheckin,
  scoring: benchAssessment,
  rating: benchRating,
  commitment: benchCommitment,
  birthday: benchBirthday,
  study: benchStudy,
  studyCommittee: benchStudyCommittee,
  voice: benchVoice
}

async function main() {
  const only = process.argv.slice(2)
  const file = path.resolve(__dirname, '../bench-results.json')
  const results: Record<string, unknown> = fs.existsSync(file) ? JSON.parse(fs.readFileSync(file, 'utf8')) : {}
  for (const [name, suite] of Object.entries(SUITES)) {
    if (only.length && !only.includes(name)) continue
    console.log(`running ${name} ...`)
    const figures = await suite()
    Object.assign(results, figures)
    console.table(Object.entries(figures).map(([key, value]) => ({ key, value })))
  }
  results['meta.machine'] = `${os.cpus().length} cores, ${Math.round(os.totalmem() / 2 ** 30)} GiB, node ${process.version}`
  results['meta.at'] = new Date().toISOString()
  fs.writeFileSync(file, `${JSON.stringify(results, null, 2)}\n`)
  console.log(`written ${path.relative(process.cwd(), file)}`)
}

main().catch((e) => {
  console.error(e)
  process.exit(1)
})
