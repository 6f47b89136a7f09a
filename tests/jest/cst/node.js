// jest's node environment, in China Standard Time (inCst.js).
module.exports = require('./inCst')(require('jest-environment-node').TestEnvironment)
