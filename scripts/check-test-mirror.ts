// Tests mirror the source: a test of shared/, cloudfunctions/lib/ or src/ is `tests/<module>.test.ts(x)`, or
// `tests/<module>.<topic>.test.ts(x)` for a second suite about one aspect of the same module, where <module> is
// a file (x.ts, x.tsx) or a folder with an index. Such a test imports its module and tests no other: it does not
// `expect(f(…))` or `render(<F …/>)` with an f/F imported from another source module (using one as a tool or
// fixture is fine). tests/cloudfunctions/<fn>/ holds the integration suites of a function: only the function's
// folder must exist. Helpers (non-test files) live in the helper folders.
// `npm run check:tests` prints every file that breaks this (run by `npm test`); exit 1 if any.
// `tsx scripts/check-test-mirror.ts <dir>` checks another checkout.
import fs from 'node:fs'
import path from 'node:path'

/** Folders under tests/ that mirror a source tree, module by module. */
const MIRRORED = ['tests/shared/', 'tests/cloudfunctions/lib/', 'tests/src/']
/** Where non-test files may live inside the checked trees. */
const HELPER_DIRS = ['tests/src/helpers/', 'tests/src/setup/']
const TEST = /\.test\.tsx?$/
const ALIASES: Array<[string, string]> = [
  ['@/', 'src/'],
  ['@shared/', 'shared/'],
  ['@server/', 'cloudfunctions/lib/'],
  ['@localcloud/', 'localcloud/'],
  ['@tests/', 'tests/']
]
const SOURCE = /^(src|shared|cloudfunctions)\//

export interface Tree {
  exists(rel: string): boolean
  read(rel: string): string
}

/** The module at `rel` (no extension): a file x.ts/x.tsx, or a folder with index.ts/index.tsx; without a trailing /index. */
function moduleAt(rel: string, tree: Tree): string | null {
  if (tree.exists(`${rel}.ts`) || tree.exists(`${rel}.tsx`)) return rel.replace(/\/index$/, '')
  if (tree.exists(`${rel}/index.ts`) || tree.exists(`${rel}/index.tsx`)) return rel
  return null
}

/** The value bindings a test imports, by the module (repo path, no extension, no /index) they come from. */
export function importedValues(file: string, text: string): Map<string, string[]> {
  const out = new Map<string, string[]>()
  for (const m of text.matchAll(/^import\s+(?!type\s)([\s\S]*?)\s+from\s+'([^']+)'/gm)) {
    const [, clause, spec] = m
    const alias = ALIASES.find(([a]) => spec.startsWith(a))
    const target = alias
      ? alias[1] + spec.slice(alias[0].length)
      : spec.startsWith('.')
        ? path.posix.normalize(path.posix.join(path.posix.dirname(file), spec))
        : null
    if (!target) continue
    const names: string[] = []
    const braces = /\{([\s\S]*)\}/.exec(clause)
    for (const part of (braces?.[1] ?? '').split(',')) {
      const p = part.trim()
      // `a as b` binds b.
      if (p && !p.startsWith('type ')) names.push(p.replace(/^[\s\S]*\s+as\s+/, ''))
    }
    const outside = clause.replace(/\{[\s\S]*\}/, '').replace(/\*\s+as\s+/, '')
    for (const n of outside.split(',').map((x) => x.trim())) if (/^[A-Za-z_$][\w$]*$/.test(n)) names.push(n)
    const key = target.replace(/\/index$/, '')
    out.set(key, [...(out.get(key) ?? []), ...names])
  }
  return out
}

/** Why `file` (a path relative to the repo, under tests/) breaks the mirror, or null when it fits. */
export function mirrorProblem(file: string, tree: Tree): string | null {
  if (HELPER_DIRS.some((d) => file.startsWith(d))) return null
  const fn = /^tests\/cloudfunctions\/([^/]+)\/[^/]+$/.exec(file)
  if (fn && fn[1] !== 'lib') {
    return tree.exists(`cloudfunctions/${fn[1]}/index.ts`) ? null : `no function cloudfunctions/${fn[1]}/ for this integration suite`
  }
  if (!MIRRORED.some((d) => file.startsWith(d))) return null
  if (!TEST.test(file)) return `not a test: helpers belong in ${HELPER_DIRS.join(' or ')} (or tests/helpers/)`
  const stem = file.replace(/^tests\//, '').replace(TEST, '')
  // `<module>.<topic>`: the topic is the last dotted part of the file name.
  const dot = stem.lastIndexOf('.')
  const own = moduleAt(stem, tree) ?? (dot > stem.lastIndexOf('/') ? moduleAt(stem.slice(0, dot), tree) : null)
  if (!own) return `mirrors no module: expected ${stem}.ts(x), ${stem}/index.tsx, or <module>.<topic>.test.ts(x)`
  const text = tree.read(file)
  const imports = importedValues(file, text)
  if (!imports.has(own)) return `does not import its module ${own}`
  const tested: string[] = []
  for (const [mod, names] of imports) {
    if (mod === own || !SOURCE.test(mod)) continue
    for (const n of names) {
      if (new RegExp(`expect\\(\\s*(await\\s+)?${n.replace('$', '\\$')}\\(|render\\(\\s*<${n}\\b`).test(text)) tested.push(`${n} of ${mod}`)
    }
  }
  return tested.length ? `tests another module (${tested.join(', ')}): that suite belongs in its own mirror` : null
}

function filesUnder(root: string, dir: string): string[] {
  const abs = path.join(root, dir)
  if (!fs.existsSync(abs)) return []
  return fs
    .readdirSync(abs, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => path.relative(root, path.join(e.parentPath, e.name)).split(path.sep).join('/'))
}

if (require.main === module) {
  const root = path.resolve(process.argv[2] ?? path.join(__dirname, '..'))
  const tree: Tree = {
    exists: (rel) => fs.existsSync(path.join(root, rel)),
    read: (rel) => fs.readFileSync(path.join(root, rel), 'utf8')
  }
  const files = ['tests/shared', 'tests/cloudfunctions', 'tests/src'].flatMap((d) => filesUnder(root, d)).sort()
  const problems = files.map((f) => [f, mirrorProblem(f, tree)] as const).filter(([, p]) => p !== null)
  for (const [f, p] of problems) console.log(`${f}: ${p}`)
  console.log(`test mirror: ${files.length} files checked, ${problems.length} misplaced`)
  process.exit(problems.length ? 1 : 0)
}
