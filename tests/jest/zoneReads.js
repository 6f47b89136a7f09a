// Which test files read the host time zone. `npm test` (scripts/test.ts) runs every suite under
// TZ=UTC with TONGXIN_ZONE_READS naming a log file; each file that read the zone appends a line
// {file, reads}; then exactly those files run again under TZ=Asia/Shanghai. A file that never reads
// the zone gives the same results in every zone, so running it twice would prove nothing.
// Without TONGXIN_ZONE_READS (a plain `npx jest`) this does nothing.
//
// A read is any call whose answer depends on the host zone, made inside the test file's sandbox
// (the test, our code, dayjs, the SDK): Date's local getters/setters, toString and friends,
// toLocale*String and Intl.DateTimeFormat without a timeZone option, and parsing a local date-time
// (new Date(y, m, …), new Date('2026-07-01 08:00'), Date.parse of one). Not seen: child processes,
// native modules, Node's own Dates (fs.stat), and `new Date(y, m, …)` while jest's fake timers are
// installed (their Date wraps the original constructor; the getters are still seen). A suite whose
// zone-dependent work happens there opts in with the docblock pragma `@zone-dependent`; so do the
// CST rules' own suites (shared/core/time, the anniversaries, the check-in window), run in both zones always.
const fs = require('node:fs')

const log = process.env.TONGXIN_ZONE_READS
if (log) {
  const reads = new Map()
  // Reads whose answer never reaches a result a test checks: [the frame that makes them, the reads it may make].
  const ANY = () => true
  const HARMLESS = [
    // fflate's wzh writes a zip entry's local modification time (the xlsx exports' file headers; the tests
    // read the cells), also when bundled into a built function; luxon's systemLocale asks Intl for the
    // host's locale (it keeps .locale, not the zone).
    [/^\s*at (wzh|systemLocale) \(/, ANY],
    // Taro's H5 picker turns its YYYY-MM-DD strings (value, start, end) into local Dates and reads them back
    // with local getters to lay out its columns: a round trip on the wall date, the same in every zone. Its
    // one step that depends on the zone, opening on the host's today when it has no date
    // (`new Date().setHours(0, 0, 0, 0)`), is still a read.
    [/[\\/]@tarojs[\\/]components[\\/]dist[\\/]components[\\/]taro-picker-core\.js:/, (what) => what !== 'Date#setHours']
  ]
  const read = (what) => {
    if (reads.has(what)) return
    const frames = new Error().stack.split('\n').slice(3, 6)
    const maker = frames[0] ?? ''
    if (HARMLESS.some(([frame, harmless]) => frame.test(maker) && harmless(what))) return
    reads.set(what, frames.join(' | ').replace(/\s+/g, ' '))
  }
  const proto = Date.prototype
  const local = ['getFullYear', 'getYear', 'getMonth', 'getDate', 'getDay', 'getHours', 'getMinutes', 'getSeconds', 'getTimezoneOffset']
  const localSet = ['setFullYear', 'setYear', 'setMonth', 'setDate', 'setHours', 'setMinutes', 'setSeconds']
  for (const name of [...local, ...localSet, 'toString', 'toDateString', 'toTimeString']) {
    const orig = proto[name]
    if (typeof orig !== 'function') continue
    proto[name] = function (...args) {
      read(`Date#${name}`)
      return orig.apply(this, args)
    }
  }
  for (const name of ['toLocaleString', 'toLocaleDateString', 'toLocaleTimeString']) {
    const orig = proto[name]
    proto[name] = function (...args) {
      if (!args[1]?.timeZone) read(`Date#${name} without timeZone`)
      return orig.apply(this, args)
    }
  }
  const NativeDate = Date
  const parse = NativeDate.parse
  // An ISO date alone is UTC; a date-time needs Z or an offset; any other string that parses is read as
  // local time (one that does not parse is invalid in every zone).
  const zoned = (s) =>
    typeof s !== 'string' || /^\d{4}(-\d\d(-\d\d)?)?$/.test(s) || /T.*(Z|[+-]\d\d:?\d\d)$/i.test(s.trim()) || Number.isNaN(parse(s))
  NativeDate.parse = function (s) {
    if (!zoned(s)) read('Date.parse of a local date-time')
    return parse.call(this, s)
  }
  const ProxyDate = new Proxy(NativeDate, {
    apply(target, self, args) {
      read('Date() as a function (a local date-time string)')
      return Reflect.apply(target, self, args)
    },
    construct(target, args, newTarget) {
      if (args.length >= 2) read('new Date(year, month, …)')
      else if (args.length === 1 && !zoned(args[0])) read('new Date(local date-time string)')
      return Reflect.construct(target, args, newTarget === ProxyDate ? target : newTarget)
    }
  })
  globalThis.Date = ProxyDate
  const NativeDTF = Intl.DateTimeFormat
  const ProxyDTF = new Proxy(NativeDTF, {
    construct(target, args, newTarget) {
      if (!args[1]?.timeZone) read('Intl.DateTimeFormat without timeZone')
      return Reflect.construct(target, args, newTarget === ProxyDTF ? target : newTarget)
    },
    apply(target, self, args) {
      if (!args[1]?.timeZone) read('Intl.DateTimeFormat without timeZone')
      return Reflect.apply(target, self, args)
    }
  })
  Intl.DateTimeFormat = ProxyDTF

  afterAll(() => {
    const file = expect.getState().testPath
    // The pragma counts in the file's first comment only (before its closing */).
    if (/^\s*\/\*\*(?:(?!\*\/)[\s\S])*@zone-dependent\b/.test(fs.readFileSync(file, 'utf8'))) read('@zone-dependent')
    if (reads.size) fs.appendFileSync(log, `${JSON.stringify({ file, reads: Object.fromEntries(reads) })}\n`)
  })
}
