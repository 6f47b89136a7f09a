// The npm registry reachable here lacks some other-platform builds (@tarojs/binding-darwin-*,
// @unrs/resolver-binding-win32-* ...). `npm install` then writes a lock without them and `npm ci`
// refuses it ("Missing: … from lock file"). This adds each missing optional dependency as a
// platform-tagged entry (os/cpu/libc from its name), which npm ci skips on Linux x64.
// Run after any dependency change: `npx tsx scripts/fix-lock-platforms.ts && npm install`.
import fs from 'node:fs'
import path from 'node:path'

const LOCK = path.resolve(__dirname, '../package-lock.json')
const OSES = ['darwin', 'linux', 'win32', 'android', 'freebsd', 'openharmony', 'netbsd', 'openbsd', 'sunos', 'aix']
const CPUS = ['arm64', 'x64', 'ia32', 'loong64', 'ppc64', 'riscv64', 's390x', 'arm', 'wasm32']

function platformOf(name: string) {
  const base = name.slice(name.lastIndexOf('/') + 1)
  const os = OSES.find((o) => base.includes(o))
  const cpu = CPUS.find((c) => new RegExp(`(^|-)${c}($|-|eabi)`).test(base))
  const libc = base.includes('musl') ? 'musl' : /-gnu/.test(base) ? 'glibc' : undefined
  return { ...(os && { os: [os] }), ...(cpu && { cpu: [cpu] }), ...(libc && { libc: [libc] }) }
}

/** Where Node would find `dep` from package `at` (nearest node_modules up the tree). */
function resolves(packages: Record<string, unknown>, at: string, dep: string): boolean {
  let base = at
  for (;;) {
    if (`${base ? `${base}/` : ''}node_modules/${dep}` in packages) return true
    if (!base) return false
    const i = base.lastIndexOf('/node_modules/')
    base = i >= 0 ? base.slice(0, i) : ''
  }
}

interface LockPackage {
  version?: string
  optional?: boolean
  optionalDependencies?: Record<string, string>
}
const lock: { packages: Record<string, LockPackage> } = JSON.parse(fs.readFileSync(LOCK, 'utf8'))
const added: string[] = []
for (const [at, pkg] of Object.entries(lock.packages)) {
  for (const [dep, version] of Object.entries(pkg.optionalDependencies ?? {})) {
    if (resolves(lock.packages, at, dep)) continue
    lock.packages[`node_modules/${dep}`] = { version, optional: true, ...platformOf(dep) }
    added.push(`${dep}@${version}`)
  }
}
fs.writeFileSync(LOCK, `${JSON.stringify(lock, null, 2)}\n`)
console.log(added.length ? `added ${added.length} platform entries:\n  ${added.join('\n  ')}` : 'lock already complete')
