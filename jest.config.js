// All test projects; `npm test` (scripts/test.ts) builds what they need first and runs them.
module.exports = {
  projects: [
    '<rootDir>/tests/jest/unit.config.js',
    '<rootDir>/tests/jest/localcloud.config.js',
    '<rootDir>/tests/jest/integration.config.js',
    '<rootDir>/tests/jest/component.config.js',
    '<rootDir>/tests/jest/weapp.config.js',
    '<rootDir>/tests/jest/e2e.config.js'
  ]
}
