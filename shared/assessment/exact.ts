// Exact rational arithmetic (BigInt) for scores: means of raters (thirds, sevenths …) and renormalised
// weights are kept exact and rounded once, half up, at the end. Binary floats would turn 89.95 into
// 89.9499… and hang the wrong flag.

export interface Frac {
  n: bigint
  d: bigint
}

const ZERO = BigInt(0)
const ONE = BigInt(1)
const TWO = BigInt(2)
const TEN = BigInt(10)

function gcd(a: bigint, b: bigint): bigint {
  a = a < ZERO ? -a : a
  b = b < ZERO ? -b : b
  while (b !== ZERO) [a, b] = [b, a % b]
  return a
}

function norm(n: bigint, d: bigint): Frac {
  if (d === ZERO) throw new Error('division by zero')
  if (d < ZERO) [n, d] = [-n, -d]
  const g = gcd(n, d) || ONE
  return { n: n / g, d: d / g }
}

export const frac = (n: number | bigint, d: number | bigint = 1): Frac => norm(BigInt(n), BigInt(d))
export const zero = (): Frac => ({ n: ZERO, d: ONE })

/** A decimal with at most one fractional digit after ×2 steps (scores are 0.5 steps): exact. */
export function fromHalfSteps(x: number): Frac {
  const halves = Math.round(x * 2)
  if (halves / 2 !== x) throw new Error(`not a 0.5 step: ${x}`)
  return frac(halves, 2)
}

export const add = (a: Frac, b: Frac): Frac => norm(a.n * b.d + b.n * a.d, a.d * b.d)
export const mul = (a: Frac, b: Frac): Frac => norm(a.n * b.n, a.d * b.d)
export const div = (a: Frac, b: Frac): Frac => norm(a.n * b.d, a.d * b.n)
export const sum = (xs: Frac[]): Frac => xs.reduce(add, zero())
export const cmp = (a: Frac, b: Frac): number => {
  const l = a.n * b.d
  const r = b.n * a.d
  return l < r ? -1 : l > r ? 1 : 0
}
export const min = (a: Frac, b: Frac): Frac => (cmp(a, b) <= 0 ? a : b)

/** Rounds half up to `digits` decimals and returns the integer count of 10^-digits (e.g. 89.95 → 900 tenths). */
export function roundUnits(x: Frac, digits: number): number {
  const scale = TEN ** BigInt(digits)
  const scaled = x.n * scale * TWO + x.d // (2·x·scale + 1) / 2 → floor = round half up (x ≥ 0)
  const den = x.d * TWO
  let q = scaled / den
  if (scaled < ZERO && q * den !== scaled) q -= ONE // floor for negatives
  return Number(q)
}

/** Rounds half up to `digits` decimals as a number (for display: 2 decimals for items, 1 for totals). */
export const round = (x: Frac, digits: number): number => roundUnits(x, digits) / 10 ** digits
