import {
  currentCode,
  makeCode,
  makeShortCode,
  newActivityId,
  parseCode,
  SCENE_CHARS,
  verifyCode,
  verifyShortCode,
  windowBounds,
  windowOf
} from '@shared/checkin/code'

const SECRET = 'test-secret-0123456789abcdef'
const KEY = 'a0k3z9x1q2'
// A window boundary: 2026-07-01T00:00:00Z is a multiple of 30 s.
const T0 = Date.parse('2026-07-01T00:00:00Z')
const W0 = windowOf(T0)

describe('windows', () => {
  it.each([
    [T0 - 1, W0 - 1],
    [T0, W0],
    [T0 + 29_999, W0],
    [T0 + 30_000, W0 + 1]
  ])('windowOf(%i) = %i', (ms, w) => expect(windowOf(ms)).toBe(w))

  it.each([
    [10, Math.floor(T0 / 10_000)],
    [60, Math.floor(T0 / 60_000)]
  ])('rotateSeconds %i', (s, w) => expect(windowOf(T0, s)).toBe(w))

  it('bounds of a window', () => {
    expect(windowBounds(W0)).toEqual({ startMs: T0, endMs: T0 + 30_000 })
  })
})

describe('the code fits a mini-program scene', () => {
  it.each([
    [`a${'0'.repeat(9)}`],
    [`a${'z'.repeat(13)}`], // the longest key: 14 characters
    ['Z-_9']
  ])('key %s', (key) => {
    const code = makeCode(SECRET, key, windowOf(Date.parse('2100-12-31T23:59:59Z')))
    expect(code.length).toBeLessThanOrEqual(32)
    expect(code).toMatch(SCENE_CHARS)
    expect(parseCode(code)).toMatchObject({ activityKey: key })
  })

  it('refuses a key that would not fit', () => {
    expect(() => makeCode(SECRET, 'a'.repeat(15), W0)).toThrow()
    expect(() => makeCode(SECRET, 'a.b', W0)).toThrow()
  })

  it('is deterministic per secret, key and window', () => {
    expect(makeCode(SECRET, KEY, W0)).toBe(makeCode(SECRET, KEY, W0))
    expect(makeCode(SECRET, KEY, W0)).not.toBe(makeCode(SECRET, KEY, W0 + 1))
    expect(makeCode(SECRET, KEY, W0)).not.toBe(makeCode(`${SECRET}x`, KEY, W0))
    expect(makeCode(SECRET, KEY, W0, 30)).not.toBe(makeCode(SECRET, KEY, W0, 60))
  })

  it('the short code is 6 digits and changes with the window', () => {
    const codes = Array.from({ length: 20 }, (_, i) => makeShortCode(SECRET, KEY, W0 + i))
    for (const c of codes) expect(c).toMatch(/^\d{6}$/)
    expect(new Set(codes).size).toBeGreaterThan(15)
  })
})

describe('verifyCode', () => {
  const code = (w: number, key = KEY) => makeCode(SECRET, key, w)
  const tamper = (c: string) => c.slice(0, -1) + (c.endsWith('A') ? 'B' : 'A')

  it.each([
    ['current window, at its first ms', code(W0), T0, { ok: true }],
    ['current window, at its last ms', code(W0), T0 + 29_999, { ok: true }],
    ['previous window', code(W0 - 1), T0, { ok: true }],
    ['previous window, at the last ms of the current', code(W0 - 1), T0 + 29_999, { ok: true }],
    ['two windows back: expired', code(W0 - 2), T0, { ok: false, reason: 'expired' }],
    ['ten windows back: still expired', code(W0 - 10), T0, { ok: false, reason: 'expired' }],
    ['eleven windows back: replayed', code(W0 - 11), T0, { ok: false, reason: 'replayed' }],
    ['a day old: replayed', code(W0 - 2880), T0, { ok: false, reason: 'replayed' }],
    ['next window (not issued yet): forged', code(W0 + 1), T0, { ok: false, reason: 'forged' }],
    ['altered MAC', tamper(code(W0)), T0, { ok: false, reason: 'forged' }],
    ['another secret', makeCode('another-secret-0123456789', KEY, W0), T0, { ok: false, reason: 'forged' }],
    [
      'window changed, MAC kept',
      code(W0).replace(`.${W0.toString(36)}.`, `.${(W0 + 1).toString(36)}.`),
      T0 + 30_000,
      { ok: false, reason: 'forged' }
    ],
    ['key changed, MAC kept', code(W0).replace(KEY, 'a0k3z9x1q3'), T0, { ok: false, reason: 'forged' }],
    ['empty', '', T0, { ok: false, reason: 'malformed' }],
    ['two parts', `${KEY}.abc`, T0, { ok: false, reason: 'malformed' }],
    ['four parts', `${code(W0)}.x`, T0, { ok: false, reason: 'malformed' }],
    ['short MAC', code(W0).slice(0, -1), T0, { ok: false, reason: 'malformed' }],
    ['a URL', 'https://example.com/x', T0, { ok: false, reason: 'malformed' }],
    ['too long', 'a'.repeat(40), T0, { ok: false, reason: 'malformed' }]
  ])('%s', (_label, c, now, expected) => {
    expect(verifyCode(SECRET, c, now)).toMatchObject(expected)
  })

  it('a genuine code of another activity than the one picked → otherActivity', () => {
    expect(verifyCode(SECRET, code(W0, 'aother00001'), T0, { expectedActivityKey: KEY })).toMatchObject({
      ok: false,
      reason: 'otherActivity'
    })
    expect(verifyCode(SECRET, code(W0), T0, { expectedActivityKey: KEY })).toMatchObject({ ok: true, activityKey: KEY, window: W0 })
  })

  it('uses the activity rotation', () => {
    const c = makeCode(SECRET, KEY, windowOf(T0, 60), 60)
    expect(verifyCode(SECRET, c, T0 + 119_999, { rotateSeconds: 60 })).toMatchObject({ ok: true })
    expect(verifyCode(SECRET, c, T0 + 120_000, { rotateSeconds: 60 })).toMatchObject({ ok: false, reason: 'expired' })
    expect(verifyCode(SECRET, c, T0, { rotateSeconds: 30 })).toMatchObject({ ok: false, reason: 'forged' })
  })
})

describe('verifyShortCode', () => {
  const short = (w: number) => makeShortCode(SECRET, KEY, w)
  it.each([
    ['current', short(W0), T0, { ok: true, window: W0 }],
    ['previous', short(W0 - 1), T0 + 29_999, { ok: true, window: W0 - 1 }],
    ['two back', short(W0 - 2), T0, { ok: false, reason: 'expired' }],
    ['not digits', '12ab56', T0, { ok: false, reason: 'malformed' }],
    ['5 digits', '12345', T0, { ok: false, reason: 'malformed' }]
  ])('%s', (_label, c, now, expected) => {
    expect(verifyShortCode(SECRET, KEY, c, now)).toMatchObject(expected)
  })

  it('older than 10 windows → forged, not replayed: beyond the checked windows a 6-digit code cannot be told from a guess', () => {
    const checked = new Set(Array.from({ length: 11 }, (_, i) => short(W0 - i)))
    const old = Array.from({ length: 50 }, (_, i) => W0 - 11 - i).find((w) => !checked.has(short(w)))!
    expect(verifyShortCode(SECRET, KEY, short(W0 - 10), T0)).toMatchObject({ ok: false, reason: 'expired' })
    expect(verifyShortCode(SECRET, KEY, short(old), T0)).toMatchObject({ ok: false, reason: 'forged' })
  })

  it('a wrong number → forged', () => {
    const valid = new Set(Array.from({ length: 11 }, (_, i) => short(W0 - i)))
    const wrong = ['000000', '111111', '123456', '999999'].find((c) => !valid.has(c))!
    expect(verifyShortCode(SECRET, KEY, wrong, T0)).toMatchObject({ ok: false, reason: 'forged' })
  })

  it('another activity’s short code does not pass', () => {
    const other = makeShortCode(SECRET, 'aother00001', W0)
    if (other !== short(W0) && other !== short(W0 - 1)) expect(verifyShortCode(SECRET, KEY, other, T0).ok).toBe(false)
  })
})

describe('currentCode', () => {
  it.each([
    [T0, 30],
    [T0 + 1, 30],
    [T0 + 29_000, 1],
    [T0 + 29_999, 1]
  ])('at %i: %i seconds left', (now, left) => {
    const c = currentCode(SECRET, KEY, now)
    expect(c.secondsLeft).toBe(left)
    expect(c.rotatesAt.getTime()).toBe(T0 + 30_000)
    expect(verifyCode(SECRET, c.code, now)).toMatchObject({ ok: true })
    expect(verifyShortCode(SECRET, KEY, c.shortCode, now)).toMatchObject({ ok: true })
  })
})

it('makes activity ids of a + 9 base36 characters, different each time', () => {
  const ids = new Set(Array.from({ length: 50 }, () => newActivityId()))
  expect(ids.size).toBe(50)
  for (const x of ids) expect(x).toMatch(/^a[0-9a-z]{9}$/)
})
