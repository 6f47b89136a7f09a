// jest's jsdom environment, in China Standard Time (inCst.js).
module.exports = require('./inCst')(require('jest-environment-jsdom').TestEnvironment)
