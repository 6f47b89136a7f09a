// The rotating check-in code shown on a station screen: a signed token over the activity and the time
// window, HMAC-SHA256 with a secret from the function's environment.
//
//   window = floor(epochMs / (rotateSeconds * 1000))        (default rotateSeconds 30)
//   code   = <activityKey>.<window in base36>.<first 10 chars of base64url(mac)>
//   mac    = HMAC-SHA256(secret, "tongxin-checkin:v1:<activityKey>:<rotateSeconds>:<window>")
//
// The code fits a mini-program `scene` (≤ 32 characters of [0-9a-zA-Z!#$&'()*+,/:;=?@-._~]): an
// activity key of ≤ 14 characters + 1 + 5-6 (base36 window) + 1 + 10 = ≤ 32. 10 base64url characters
// are 60 bits of MAC: forging one by guessing is out of reach.
//
// The short code is for typing (H5 without a camera): 6 digits from the same MAC (HOTP-style dynamic
// truncation), checked together with the activity the member picked. Guessing is bounded by the
// attempt limit in the handler (refusals are recorded and counted).
//
// Valid: the current window and the previous one only. Refusal reasons are distinct:
//   malformed      not a code at all
//   forged         MAC does not match (made up, altered, signed with another secret), or a future window
//   otherActivity  a genuine code of another activity than the one the member is checking in at
//   expired        genuine, from a window just before the previous one (≤ REPLAY_AFTER_WINDOWS old): scanned too slowly
//   replayed       genuine but older than that: a photo of the screen being reused later
import crypto from 'node:crypto'

export const DEFAULT_ROTATE_SECONDS = 30
export const MAC_CHARS = 10
export const SHORT_CODE_DIGITS = 6
/** A genuine code older than this many windows counts as replayed rather than merely expired. */
export const REPLAY_AFTER_WINDOWS = 10
export const SCENE_MAX = 32
export const SCENE_CHARS = /^[0-9a-zA-Z!#$&'()*+,/:;=?@\-._~]+$/
export const ACTIVITY_KEY = /^[0-9A-Za-z_-]{1,14}$/

export type CodeRefusal = 'malformed' | 'forged' | 'otherActivity' | 'expired' | 'replayed'

export type CodeCheck =
  | { ok: true; activityKey: string; window: number }
  | { ok: false; reason: CodeRefusal; activityKey?: string; window?: number }

export function windowOf(epochMs: number, rotateSeconds: number = DEFAULT_ROTATE_SECONDS): number {
  return Math.floor(epochMs / (rotateSeconds * 1000))
}

/** When `window` starts and ends (end exclusive), in epoch ms. */
export function windowBounds(window: number, rotateSeconds: number = DEFAULT_ROTATE_SECONDS): { startMs: number; endMs: number } {
  return { startMs: window * rotateSeconds * 1000, endMs: (window + 1) * rotateSeconds * 1000 }
}

function mac(secret: string, activityKey: string, rotateSeconds: number, window: number): Buffer {
  return crypto.createHmac('sha256', secret).update(`tongxin-checkin:v1:${activityKey}:${rotateSeconds}:${window}`).digest()
}

function macText(secret: string, activityKey: string, rotateSeconds: number, window: number): string {
  return mac(secret, activityKey, rotateSeconds, window).toString('base64url').slice(0, MAC_CHARS)
}

/** The code for a window. Throws on an activity key that would not fit a `scene`. */
export function makeCode(secret: string, activityKey: string, window: number, rotateSeconds: number = DEFAULT_ROTATE_SECONDS): string {
  if (!ACTIVITY_KEY.test(activityKey)) throw new Error(`activity key unfit for a code: ${activityKey}`)
  const code = `${activityKey}.${window.toString(36)}.${macText(secret, activityKey, rotateSeconds, window)}`
  if (code.length > SCENE_MAX || !SCENE_CHARS.test(code)) throw new Error(`code unfit for a scene: ${code}`)
  return code
}

/** 6 digits for typing, from the same MAC (dynamic truncation as in RFC 4226). */
export function makeShortCode(secret: string, activityKey: string, window: number, rotateSeconds: number = DEFAULT_ROTATE_SECONDS): string {
  const h = mac(secret, `${activityKey}#short`, rotateSeconds, window)
  const offset = h[h.length - 1] & 0x0f
  const n = ((h[offset] & 0x7f) << 24) | (h[offset + 1] << 16) | (h[offset + 2] << 8) | h[offset + 3]
  return String(n % 10 ** SHORT_CODE_DIGITS).padStart(SHORT_CODE_DIGITS, '0')
}

/** Splits a code into its parts; null when it is not shaped like one. */
export function parseCode(code: string): { activityKey: string; window: number; mac: string } | null {
  if (typeof code !== 'string' || code.length > SCENE_MAX) return null
  const parts = code.split('.')
  if (parts.length !== 3) return null
  const [activityKey, w, m] = parts
  if (!ACTIVITY_KEY.test(activityKey) || !/^[0-9a-z]{1,11}$/.test(w) || !/^[A-Za-z0-9_-]+$/.test(m) || m.length !== MAC_CHARS) return null
  const window = parseInt(w, 36)
  if (!Number.isSafeInteger(window)) return null
  return { activityKey, window, mac: m }
}

function age(window: number, current: number): 'valid' | 'future' | 'expired' | 'replayed' {
  if (window > current) return 'future'
  if (window >= current - 1) return 'valid'
  return current - window <= REPLAY_AFTER_WINDOWS ? 'expired' : 'replayed'
}

/**
 * Checks a scanned code at `nowMs`. `rotateSecondsOf(key)` gives the activity's rotation (the code
 * alone does not carry it). `expectedActivityKey`: the activity the member is checking in at, when
 * the client knows it (a code of another activity is then refused as such).
 */
export function verifyCode(
  secret: string,
  code: string,
  nowMs: number,
  opts: { rotateSeconds?: number; expectedActivityKey?: string } = {}
): CodeCheck {
  const parsed = parseCode(code)
  if (!parsed) return { ok: false, reason: 'malformed' }
  const rotateSeconds = opts.rotateSeconds ?? DEFAULT_ROTATE_SECONDS
  const { activityKey, window } = parsed
  const expected = macText(secret, activityKey, rotateSeconds, window)
  if (!crypto.timingSafeEqual(Buffer.from(expected), Buffer.from(parsed.mac))) return { ok: false, reason: 'forged', activityKey, window }
  if (opts.expectedActivityKey !== undefined && opts.expectedActivityKey !== activityKey) {
    return { ok: false, reason: 'otherActivity', activityKey, window }
  }
  const a = age(window, windowOf(nowMs, rotateSeconds))
  if (a === 'valid') return { ok: true, activityKey, window }
  return { ok: false, reason: a === 'future' ? 'forged' : a, activityKey, window }
}

/** Checks a typed 6-digit short code for a known activity. */
export function verifyShortCode(
  secret: string,
  activityKey: string,
  shortCode: string,
  nowMs: number,
  rotateSeconds: number = DEFAULT_ROTATE_SECONDS
): CodeCheck {
  if (typeof shortCode !== 'string' || !new RegExp(`^\\d{${SHORT_CODE_DIGITS}}$`).test(shortCode)) return { ok: false, reason: 'malformed' }
  const current = windowOf(nowMs, rotateSeconds)
  for (let back = 0; back <= REPLAY_AFTER_WINDOWS; back++) {
    const w = current - back
    if (makeShortCode(secret, activityKey, w, rotateSeconds) === shortCode) {
      return back <= 1 ? { ok: true, activityKey, window: w } : { ok: false, reason: 'expired', activityKey, window: w }
    }
  }
  return { ok: false, reason: 'forged', activityKey }
}

/** The code and short code to show now, and how long they last. */
export function currentCode(secret: string, activityKey: string, nowMs: number, rotateSeconds: number = DEFAULT_ROTATE_SECONDS) {
  const window = windowOf(nowMs, rotateSeconds)
  const { endMs } = windowBounds(window, rotateSeconds)
  return {
    code: makeCode(secret, activityKey, window, rotateSeconds),
    shortCode: makeShortCode(secret, activityKey, window, rotateSeconds),
    window,
    rotateSeconds,
    secondsLeft: Math.ceil((endMs - nowMs) / 1000),
    rotatesAt: new Date(endMs)
  }
}

const ID_ALPHABET = '0123456789abcdefghijklmnopqrstuvwxyz'

/** A new activity id: 'a' + 9 random base36 characters (it goes into the rotating code). */
export function newActivityId(): string {
  return `a${Array.from({ length: 9 }, () => ID_ALPHABET[crypto.randomInt(ID_ALPHABET.length)]).join('')}`
}
