// The weapp tests test the build output; they never build it themselves (the test runner does).
// Runs before each weapp test file, so only the weapp project fails when the build is missing.
const fs = require('node:fs')
const path = require('node:path')

const dist = path.join(__dirname, '..', '..', '..', 'dist', 'weapp')
const needed = ['app.js', 'app.json', 'base.wxml', 'pages/login/index.js', 'member/pages/roster/index.js']
const missing = needed.filter((f) => !fs.existsSync(path.join(dist, f)))
if (missing.length) {
  throw new Error(
    `dist/weapp is missing or incomplete (no ${missing.join(', ')}). ` +
      'Build it first with `npm run build:weapp`: these tests test that build.'
  )
}
