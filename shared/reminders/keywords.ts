// Subscribe-message keyword values, trimmed to WeChat's limits by keyword type (the key's name without
// its number: thing1 → thing). One function for every sender, so no message is refused for length.
// Limits (characters): thing 20, name 10, phrase 5, number/letter/character_string 32, symbol 5,
// amount 11, phone_number 17, car_number 8; time/date take a date-time text (≤ 32).
import { cstDate, cstDateTime } from '@shared/core/time'

export const KEYWORD_LIMITS: Record<string, number> = {
  thing: 20,
  name: 10,
  phrase: 5,
  number: 32,
  letter: 32,
  symbol: 5,
  character_string: 32,
  time: 32,
  date: 32,
  amount: 11,
  phone_number: 17,
  car_number: 8
}

export type KeywordData = Record<string, { value: string }>

/** The keyword type of a key: `thing12` → `thing`. */
export const keywordType = (key: string): string => key.replace(/\d+$/, '')

/** Cuts `s` to `n` characters (code points), ending with … when cut. */
export function cut(s: string, n: number): string {
  const chars = [...s.replace(/\s+/g, ' ').trim()]
  return chars.length > n ? `${chars.slice(0, Math.max(0, n - 1)).join('')}…` : chars.join('')
}

/** A `time` keyword: YYYY-MM-DD HH:mm in CST. */
export const timeKeyword = (at: Date | string): string => cstDateTime(at)
/** A `date` keyword: YYYY-MM-DD in CST. */
export const dateKeyword = (at: Date): string => cstDate(at)

/**
 * Every value trimmed to its type's limit (phrase values are cut without the ellipsis: 5 characters
 * leave no room); an empty value becomes '—' (WeChat refuses empty ones); unknown types throw (a bug).
 */
export function trimKeywords(data: Record<string, string>): KeywordData {
  const out: KeywordData = {}
  for (const [key, raw] of Object.entries(data)) {
    const limit = KEYWORD_LIMITS[keywordType(key)]
    if (!limit) throw new Error(`unknown subscribe-message keyword type: ${key}`)
    const value = keywordType(key) === 'phrase' ? [...raw.trim()].slice(0, limit).join('') : cut(raw, limit)
    out[key] = { value: value || '—' }
  }
  return out
}
