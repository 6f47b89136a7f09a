// A test environment that runs its file in China Standard Time: the worker's zone is set to Asia/Shanghai
// for the file and set back after it. Node applies a new process.env.TZ at once, to every context of the
// process (Date and Intl alike); a worker runs one file at a time, so no other file sees it.
const CST = 'Asia/Shanghai'

/** The environment class `Base` (node or jsdom), in CST. */
module.exports = function inCst(Base) {
  return class InCst extends Base {
    constructor(config, context) {
      const before = process.env.TZ
      // Before super(): the file's sandbox copies process.env, so its own process.env.TZ says CST too.
      process.env.TZ = CST
      super(config, context)
      this.zoneBefore = before
      const offset = new Date(Date.UTC(2026, 0, 1)).getTimezoneOffset()
      const zone = Intl.DateTimeFormat().resolvedOptions().timeZone
      if (offset !== -480 || zone !== CST) throw new Error(`the worker did not switch to ${CST} (offset ${offset}, Intl ${zone})`)
    }

    async teardown() {
      try {
        await super.teardown()
      } finally {
        if (this.zoneBefore === undefined) delete process.env.TZ
        else process.env.TZ = this.zoneBefore
      }
    }
  }
}
