// npm test — every test, unit to real browser, in three lanes that run side by side (on 2 cores the
// machine stays busy: a build or tsc uses about one core, jest the rest):
//   checks  typecheck → lint and format (biome ci, biome.json) → architecture (dependency-cruiser,
//           .dependency-cruiser.cjs) → tests mirror the source (scripts/check-test-mirror.ts)
//   builds  build h5 → Chromium → the e2e project, beside build weapp → the weapp project (TZ=UTC)
//   tests   unit, localcloud, integration, component under TZ=UTC (where cloud functions run), and in the
//           same run the test files known to read the host time zone (tests/jest/cst/zoneReaders.json) again
//           in China Standard Time (where the phones are; tests/jest/cst/projects.js); the UTC projects
//           note which files read the zone (tests/jest/zoneReads.js): one that is not listed yet runs
//           again in CST after the run, and the run prints the list to keep. A file that never reads the
//           zone gives the same results in every zone.
// Each step's output goes to artifacts/test/<step>.log and is printed when the step ends; then the steps
// with their times and one closing line "tests: N passed, N failed". A failed step fails the run; the
// other lanes still finish; a failed build skips only the tests of that build.
// Extra arguments go to jest (e.g. `npm test -- --selectProjects unit`), which skips the rest.
import { spawn } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

const REPO = path.resolve(__dirname, '..')
const OUT = path.join(REPO, 'artifacts/test')
const ZONE_READS = path.join(OUT, 'zone-reads.ndjson')
const bin = (pkg: string, rel: string) => path.join(path.dirname(require.resolve(`${pkg}/package.json`, { paths: [REPO] })), rel)
const node = process.execPath
const taro = bin('@tarojs/cli', 'bin/taro')
const biome = bin('@biomejs/biome', 'bin/biome')
/**
 * Where the test runs keep their temporary files (the local clouds' SQLite stores, jest's cache, Chromium's
 * profiles): a RAM disk when the machine has one with room. On a disk, the stores' WAL checkpoints wait on
 * fsync while the builds write, and the jest workers sit idle.
 */
function scratchDir(): string {
  const shm = '/dev/shm'
  try {
    fs.accessSync(shm, fs.constants.W_OK)
    const { bavail, bsize } = fs.statfsSync(shm)
    if (bavail * bsize > 2 * 1024 ** 3) return fs.mkdtempSync(path.join(shm, 'tongxin-test-'))
  } catch {
    // No RAM disk: the system's temporary directory.
  }
  return os.tmpdir()
}
const SCRATCH = scratchDir()

/** The projects that need no build, and their China Standard Time twins (jest.config.js). */
const UNBUILT = ['unit', 'localcloud', 'integration', 'component']
const { LIST: ZONE_LISTED } = require(path.join(REPO, 'tests/jest/cst/projects')) as { LIST: string[] }
const ZONE_LIST_FILE = 'tests/jest/cst/zoneReaders.json'

interface Outcome {
  passed: number
  failed: number
  status: number
}
const steps: Array<{ label: string; status: number; seconds: number }> = []

/** Runs a step; its output is kept in a log and printed in one piece when it ends (lanes run at once). */
async function run(label: string, cmd: string, args: string[], env: Record<string, string> = {}, live = false): Promise<number> {
  const started = Date.now()
  const log = path.join(OUT, `${label.replace(/[^\w]+/g, '-').replace(/^-|-$/g, '')}.log`)
  console.log(`▶ ${label}${live ? '' : ` (output: ${path.relative(REPO, log)})`}`)
  const fd = live ? null : fs.openSync(log, 'w')
  const status = await new Promise<number>((resolve) => {
    const child = spawn(cmd, args, {
      cwd: REPO,
      stdio: fd === null ? 'inherit' : ['ignore', fd, fd],
      env: { ...process.env, TMPDIR: SCRATCH, ...env }
    })
    child.on('error', (e) => {
      console.error(`${label}: ${e.message}`)
      resolve(1)
    })
    child.on('close', (code) => resolve(code ?? 1))
  })
  const seconds = (Date.now() - started) / 1000
  if (fd !== null) {
    fs.closeSync(fd)
    process.stdout.write(`\n── ${label} ──\n${fs.readFileSync(log, 'utf8')}`)
  }
  console.log(`  ${label}: ${status === 0 ? 'ok' : `FAILED (exit ${status})`} in ${seconds.toFixed(1)} s`)
  steps.push({ label, status, seconds })
  return status
}

/**
 * V8 without its optimising compiler (TurboFan) for the jest runs that execute our code in node: each test file
 * gets fresh module instances, so what TurboFan optimised for one file (on threads of its own, beside the
 * worker) is thrown away at the next. Measured on 2 cores, twice each: unit, localcloud, integration and component
 * 207.7/200.7 → 179.1/176.7 s of CPU (wall 110/107 → 97/97 s), weapp 22.9/21.5 → 16.7/18.3 s. Not for e2e
 * (Chromium does its work; no gain measured) nor the builds (long runs that optimisation pays for).
 */
const JEST_NODE_FLAGS = ['--no-opt']

interface JestOptions {
  env?: Record<string, string>
  /** Print jest's output as it comes (a partial run) instead of when it ends. */
  live?: boolean
  /** Options for node (and so for jest's workers, which inherit them). */
  nodeFlags?: string[]
}

async function jest(label: string, tz: string, file: string, extra: string[], opts: JestOptions = {}): Promise<Outcome> {
  const { env = {}, live = false, nodeFlags = [] } = opts
  const outputFile = path.join(OUT, file)
  fs.rmSync(outputFile, { force: true })
  const status = await run(
    label,
    node,
    [...nodeFlags, bin('jest', 'bin/jest.js'), '--json', `--outputFile=${outputFile}`, ...extra],
    { ...env, TZ: tz },
    live
  )
  if (!fs.existsSync(outputFile)) return { passed: 0, failed: 1, status: status || 1 }
  const r = JSON.parse(fs.readFileSync(outputFile, 'utf8'))
  // A suite that fails to load has no failed tests of its own; count it as one failure.
  const brokenSuites = r.numRuntimeErrorTestSuites ?? 0
  return { passed: r.numPassedTests, failed: r.numFailedTests + brokenSuites, status }
}

/** A step that is not a jest run, as an outcome: a failure counts once. */
const outcome = (status: number): Outcome => ({ passed: 0, failed: 0, status })

async function checks(): Promise<Outcome[]> {
  return [
    // TypeScript 7, the native compiler (package.json: @typescript/native): 5 s where TypeScript 5's tsc took 17.
    outcome(await run('typecheck (tsc --noEmit)', node, [bin('@typescript/native', 'bin/tsc'), '--noEmit', '-p', '.'])),
    // Warnings fail too (noNonNullAssertion, noExplicitAny, … are warnings): the tree is kept at none.
    outcome(await run('lint and format (biome ci)', node, [biome, 'ci', '--error-on-warnings', '.'])),
    outcome(await run('architecture (npm run check:arch)', 'npm', ['run', '--silent', 'check:arch'])),
    outcome(await run('tests mirror the source (npm run check:tests)', 'npm', ['run', '--silent', 'check:tests']))
  ]
}

async function builds(): Promise<Outcome[]> {
  // The e2e journeys spend most of their time waiting on Chromium and the local cloud rather than
  // computing, so they start first (after the H5 build), two files at a time, and the weapp build and its
  // tests run beside them.
  const h5 = await run('build h5', node, [taro, 'build', '--type', 'h5'], { NODE_ENV: 'production' })
  const browser = await run('browser for e2e (Debian chromium-headless-shell)', 'bash', [path.join(REPO, 'scripts/ensure-browser.sh')])
  const e2e = async () =>
    h5 === 0 && browser === 0 ? [await jest('e2e: TZ=UTC', 'UTC', 'jest-e2e.json', ['--maxWorkers=2', '--selectProjects', 'e2e'])] : []
  const weapp = async () => {
    const built = await run('build weapp', node, [taro, 'build', '--type', 'weapp'], { NODE_ENV: 'production' })
    if (built !== 0) return [outcome(built)]
    const opts = { nodeFlags: JEST_NODE_FLAGS }
    return [outcome(built), await jest('weapp: TZ=UTC', 'UTC', 'jest-weapp.json', ['--maxWorkers=1', '--selectProjects', 'weapp'], opts)]
  }
  const [e2eRan, weappRan] = await Promise.all([e2e(), weapp()])
  return [outcome(h5), outcome(browser), ...e2eRan, ...weappRan]
}

/** The test files that read the host time zone in this run (tests/jest/zoneReads.js wrote them), repo-relative. */
function zoneReaders(): string[] {
  if (!fs.existsSync(ZONE_READS)) return []
  const lines = fs.readFileSync(ZONE_READS, 'utf8').split('\n').filter(Boolean)
  return [...new Set(lines.map((l) => path.relative(REPO, JSON.parse(l).file as string)))].sort()
}

async function tests(): Promise<Outcome[]> {
  fs.rmSync(ZONE_READS, { force: true })
  // All cores: while the other lanes build, the OS shares them out; after, jest has the machine. (A third
  // worker on 2 cores measured 268 s against 285 s once and 312 s against 299 s the next time: kept at two.)
  const workers = `--maxWorkers=${os.availableParallelism()}`
  // The projects jest.config.js writes inline are the CST twins (the others are config files).
  const twins = jestConfig().projects.flatMap((p) => (typeof p === 'string' ? [] : [p.displayName]))
  const label = `${UNBUILT.join(', ')}: TZ=UTC; their ${ZONE_LISTED.length} zone-reading files: TZ=Asia/Shanghai`
  const run = await jest(label, 'UTC', 'jest-utc.json', [workers, '--selectProjects', ...UNBUILT, ...twins], {
    env: { TONGXIN_ZONE_READS: ZONE_READS },
    nodeFlags: JEST_NODE_FLAGS
  })
  const found = zoneReaders()
  const unlisted = found.filter((f) => !ZONE_LISTED.includes(f))
  const stale = ZONE_LISTED.filter((f) => !found.includes(f))
  if (unlisted.length || stale.length) {
    console.log(`\n${ZONE_LIST_FILE} differs from the files that read the zone in this run; keep this list there:`)
    console.log(JSON.stringify(found, null, 2))
  }
  if (!unlisted.length) return [run]
  const cst = await jest(
    `the ${unlisted.length} unlisted files that read the zone: TZ=Asia/Shanghai`,
    'Asia/Shanghai',
    'jest-cst.json',
    [workers, '--selectProjects', ...UNBUILT, '--runTestsByPath', ...unlisted],
    { nodeFlags: JEST_NODE_FLAGS }
  )
  return [run, cst]
}

/** The root jest config (its CST twins depend on the list). */
function jestConfig(): { projects: Array<string | { displayName: string }> } {
  return require(path.join(REPO, 'jest.config.js'))
}

async function main(): Promise<number> {
  fs.mkdirSync(OUT, { recursive: true })
  const extra = process.argv.slice(2)
  const started = Date.now()
  const results =
    extra.length > 0
      ? [await jest(`jest ${extra.join(' ')}`, process.env.TZ ?? 'UTC', 'jest-partial.json', extra, { live: true })]
      : (await Promise.all([checks(), builds(), tests()])).flat()
  if (extra.length === 0) {
    console.log('\nsteps:')
    for (const s of steps) console.log(`  ${s.status === 0 ? 'ok    ' : 'FAILED'} ${s.seconds.toFixed(1).padStart(6)} s  ${s.label}`)
    console.log(`  total ${((Date.now() - started) / 1000).toFixed(1)} s`)
  }
  const passed = results.reduce((n, r) => n + r.passed, 0)
  const failed = results.reduce((n, r) => n + r.failed, 0)
  const status = results.some((r) => r.status !== 0) || failed > 0 ? 1 : 0
  console.log(`\ntests: ${passed} passed, ${failed} failed`)
  return status
}

main().then((code) => {
  if (SCRATCH !== os.tmpdir()) fs.rmSync(SCRATCH, { recursive: true, force: true })
  process.exit(code)
})
