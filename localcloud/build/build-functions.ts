// npm run build:cloud — bundles each cloudfunctions/<fn>/index.ts with the shared code into
// build/cloudfunctions/<fn>/ (project.config.json's cloudfunctionRoot): index.js, package.json
// with the exact runtime dependencies, config.json. Upload each folder from WeChat DevTools
// ("上传并部署：云端安装依赖").
import { build } from 'esbuild'
import fs from 'node:fs'
import path from 'node:path'
import { FUNCTIONS_ROOT, listFunctions } from '@localcloud/runtime/functions'

export const REPO_ROOT = path.resolve(__dirname, '../..')
export const CLOUD_BUILD_ROOT = path.join(REPO_ROOT, 'build/cloudfunctions')
/** Installed by WeChat cloud from each function's package.json, so left out of the bundle. */
export const RUNTIME_DEPENDENCIES = ['wx-server-sdk', 'dayjs']

function installedVersion(name: string): string {
  return JSON.parse(fs.readFileSync(path.join(REPO_ROOT, 'node_modules', name, 'package.json'), 'utf8')).version
}

export interface BuiltFunction {
  name: string
  dir: string
  bytes: number
}

export async function buildFunctions(outRoot = CLOUD_BUILD_ROOT, names = listFunctions(FUNCTIONS_ROOT)): Promise<BuiltFunction[]> {
  const deps = Object.fromEntries(RUNTIME_DEPENDENCIES.map((d) => [d, installedVersion(d)]))
  const built: BuiltFunction[] = []
  for (const name of names) {
    const dir = path.join(outRoot, name)
    fs.rmSync(dir, { recursive: true, force: true })
    fs.mkdirSync(dir, { recursive: true })
    await build({
      entryPoints: [path.join(FUNCTIONS_ROOT, name, 'index.ts')],
      outfile: path.join(dir, 'index.js'),
      bundle: true,
      platform: 'node',
      // WeChat cloud offers Node 16 and 18 runtimes.
      target: 'node16',
      format: 'cjs',
      external: RUNTIME_DEPENDENCIES.flatMap((d) => [d, `${d}/*`]),
      legalComments: 'none',
      logLevel: 'warning'
    })
    fs.writeFileSync(
      path.join(dir, 'package.json'),
      `${JSON.stringify({ name, version: '1.0.0', private: true, main: 'index.js', dependencies: deps }, null, 2)}\n`
    )
    const config = path.join(FUNCTIONS_ROOT, name, 'config.json')
    fs.writeFileSync(path.join(dir, 'config.json'), fs.existsSync(config) ? fs.readFileSync(config) : '{"permissions":{"openapi":[]}}\n')
    built.push({ name, dir, bytes: fs.statSync(path.join(dir, 'index.js')).size })
  }
  return built
}

if (require.main === module) {
  buildFunctions()
    .then((built) => {
      for (const b of built) console.log(`built ${path.relative(REPO_ROOT, b.dir)}/index.js  ${(b.bytes / 1024).toFixed(1)} KB`)
    })
    .catch((e) => {
      console.error(e)
      process.exit(1)
    })
}
