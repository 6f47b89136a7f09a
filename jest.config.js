// All test projects; `npm test` (scripts/test.ts) builds what they need first and runs them.
const { cstTwins } = require('./tests/jest/cst/projects')

/** The projects that need no build: run under TZ=UTC, and their zone-reading files again in CST. */
const UNBUILT = ['unit', 'localcloud', 'integration', 'component'].map((p) => `${__dirname}/tests/jest/${p}.config.js`)

module.exports = {
  projects: [
    ...UNBUILT,
    `${__dirname}/tests/jest/weapp.config.js`,
    `${__dirname}/tests/jest/e2e.config.js`,
    // After the others, so a plain `npx jest` also runs the zone readers in China Standard Time.
    ...cstTwins(UNBUILT)
  ]
}
