// The China Standard Time twins of the projects that need no build (jest.config.js lists them after the
// projects themselves): each runs the listed files of its project (zoneReaders.json) again, in CST, in
// the same jest run, so one run covers both zones and its workers stay busy to the end.
//
// zoneReaders.json lists the test files that read the host time zone (tests/jest/zoneReads.js finds them
// under TZ=UTC). `npm test` compares it with what the run found: a file that reads the zone but is not
// listed still runs again in CST after the main run, and the run prints the list to keep here.
const path = require('node:path')
const { globsToMatcher } = require('jest-util')

const ROOT = path.resolve(__dirname, '../../..')
const LIST = require('./zoneReaders.json')
const ENVIRONMENTS = { node: require.resolve('./node'), jsdom: require.resolve('./jsdom') }
const ZONE_READS = require.resolve('../zoneReads')

/** The twin's name for a project's (`component` → `component-cst`). */
const twinName = (name) => `${name}-cst`

/** The listed files a project's config selects (its testMatch, less its testPathIgnorePatterns). */
function filesOf(config) {
  const withRoot = (p) => p.replace('<rootDir>', ROOT)
  const matches = globsToMatcher(config.testMatch.map(withRoot))
  const ignored = (config.testPathIgnorePatterns ?? []).map((p) => new RegExp(withRoot(p)))
  return LIST.map((f) => path.join(ROOT, f)).filter((f) => matches(f) && !ignored.some((r) => r.test(f)))
}

/** The twin of the project whose config is `file`, or null when none of its files reads the zone. */
function twin(file) {
  const config = require(file)
  const files = filesOf(config)
  if (files.length === 0) return null
  const environment = ENVIRONMENTS[config.testEnvironment]
  if (!environment) throw new Error(`${file}: no CST twin for the test environment ${config.testEnvironment}`)
  // `...config` keeps the project's id: the twin reads the transforms its project cached (same code, same
  // transforms) instead of making its own.
  return {
    ...config,
    rootDir: ROOT,
    displayName: twinName(config.displayName),
    testMatch: files,
    testPathIgnorePatterns: ['/node_modules/'],
    testEnvironment: environment,
    // The zone is known to be read here: the discovery runs in the UTC project only.
    setupFilesAfterEnv: (config.setupFilesAfterEnv ?? []).filter((f) => path.resolve(f.replace('<rootDir>', ROOT)) !== ZONE_READS)
  }
}

/** The CST twins of the given project config files (those with listed files). */
function cstTwins(files) {
  return files.map(twin).filter(Boolean)
}

module.exports = { cstTwins, LIST }
