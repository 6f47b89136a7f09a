// npm test — every test, unit to real browser:
//   typecheck → lint and format (biome ci, biome.json) → architecture (dependency-cruiser,
//   .dependency-cruiser.cjs) → tests mirror the source (scripts/check-test-mirror.ts) → build weapp and H5
//   (the weapp and e2e projects test the builds) → make sure Chromium is there → every project that does
//   not need a build under TZ=Asia/Shanghai (where the phones are) → all projects under TZ=UTC (where cloud
//   functions run) → one closing line "tests: N passed, N failed".
// Extra arguments go to jest (e.g. `npm test -- --selectProjects unit`), which skips the rest.
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'

const REPO = path.resolve(__dirname, '..')
const OUT = path.join(REPO, 'artifacts/test')
const bin = (pkg: string, rel: string) => path.join(path.dirname(require.resolve(`${pkg}/package.json`, { paths: [REPO] })), rel)

function run(label: string, cmd: string, args: string[], env: Record<string, string> = {}): number {
  const started = Date.now()
  console.log(`\n▶ ${label}`)
  const r = spawnSync(cmd, args, { cwd: REPO, stdio: 'inherit', env: { ...process.env, ...env } })
  console.log(`  ${label}: ${r.status === 0 ? 'ok' : `FAILED (exit ${r.status})`} in ${((Date.now() - started) / 1000).toFixed(1)} s`)
  return r.status ?? 1
}

function jest(label: string, tz: string, file: string, extra: string[]): { passed: number; failed: number; status: number } {
  const outputFile = path.join(OUT, file)
  fs.rmSync(outputFile, { force: true })
  const status = run(label, process.execPath, [bin('jest', 'bin/jest.js'), '--json', `--outputFile=${outputFile}`, ...extra], { TZ: tz })
  if (!fs.existsSync(outputFile)) return { passed: 0, failed: 1, status: status || 1 }
  const r = JSON.parse(fs.readFileSync(outputFile, 'utf8'))
  // A suite that fails to load has no failed tests of its own; count it as one failure.
  const brokenSuites = r.numRuntimeErrorTestSuites ?? 0
  return { passed: r.numPassedTests, failed: r.numFailedTests + brokenSuites, status }
}

function main(): number {
  fs.mkdirSync(OUT, { recursive: true })
  const extra = process.argv.slice(2)
  const full = extra.length === 0
  const taro = bin('@tarojs/cli', 'bin/taro')
  const biome = bin('@biomejs/biome', 'bin/biome')
  if (full) {
    if (run('typecheck (tsc --noEmit)', process.execPath, [bin('typescript', 'bin/tsc'), '--noEmit', '-p', '.']) !== 0) return 1
    // Warnings fail too (noNonNullAssertion, noExplicitAny, … are warnings): the tree is kept at none.
    if (run('lint and format (biome ci)', process.execPath, [biome, 'ci', '--error-on-warnings', '.']) !== 0) return 1
    if (run('architecture (npm run check:arch)', 'npm', ['run', '--silent', 'check:arch']) !== 0) return 1
    if (run('tests mirror the source (npm run check:tests)', 'npm', ['run', '--silent', 'check:tests']) !== 0) return 1
    if (run('build weapp', process.execPath, [taro, 'build', '--type', 'weapp'], { NODE_ENV: 'production' }) !== 0) return 1
    if (run('build h5', process.execPath, [taro, 'build', '--type', 'h5'], { NODE_ENV: 'production' }) !== 0) return 1
    if (run('browser for e2e (Debian chromium)', 'bash', [path.join(REPO, 'scripts/ensure-browser.sh')]) !== 0) return 1
  }
  const results = full
    ? [
        jest('unit, local cloud, integration, component: TZ=Asia/Shanghai', 'Asia/Shanghai', 'jest-cst.json', [
          '--selectProjects',
          'unit',
          'localcloud',
          'integration',
          'component'
        ]),
        jest('all projects, TZ=UTC', 'UTC', 'jest-utc.json', [])
      ]
    : [jest(`jest ${extra.join(' ')}`, process.env.TZ ?? 'UTC', 'jest-partial.json', extra)]
  const passed = results.reduce((n, r) => n + r.passed, 0)
  const failed = results.reduce((n, r) => n + r.failed, 0)
  const status = results.some((r) => r.status !== 0) || failed > 0 ? 1 : 0
  console.log(`\ntests: ${passed} passed, ${failed} failed`)
  return status
}

process.exit(main())
