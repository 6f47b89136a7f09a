// security.msgSecCheck (version 2) answered offline: the text is matched against a word list —
// localcloud/seam/sec-words.json, or the JSON file named by LOCALCLOUD_SEC_WORDS — and the reply has
// WeChat's shape: errcode 0, result {suggest: pass|review|risky, label}, detail [{strategy, errcode,
// suggest, label, prob, keyword}], trace_id. Bad requests get WeChat's errcodes (40003 openid,
// 40129 scene, 47001 version/content, content over 2500 characters).
import fs from 'node:fs'
import path from 'node:path'

export interface SecWord {
  word: string
  label: number
}
export interface SecWords {
  risky: SecWord[]
  review: SecWord[]
}

export const CONTENT_MAX = 2500
export const DEFAULT_WORDS_FILE = path.join(__dirname, 'sec-words.json')

/** The word list: LOCALCLOUD_SEC_WORDS's file when set, else the shipped one. Read on every call (edit and retry). */
export function loadSecWords(env: Record<string, string | undefined> = process.env): SecWords {
  const file = env.LOCALCLOUD_SEC_WORDS || DEFAULT_WORDS_FILE
  const raw = JSON.parse(fs.readFileSync(file, 'utf8')) as Partial<SecWords>
  const list = (x: unknown): SecWord[] =>
    Array.isArray(x) ? x.filter((w): w is SecWord => !!w && typeof w.word === 'string' && w.word !== '' && typeof w.label === 'number') : []
  return { risky: list(raw.risky), review: list(raw.review) }
}

export type SecReply = { errcode: number; errmsg: string } & Record<string, unknown>

let traces = 0

export function msgSecCheck(req: Record<string, unknown>, words: SecWords = loadSecWords()): SecReply {
  if (req.version !== 2) return { errcode: 47001, errmsg: 'data format error hint: version must be 2' }
  if (typeof req.openid !== 'string' || !req.openid) return { errcode: 40003, errmsg: 'invalid openid' }
  if (![1, 2, 3, 4].includes(req.scene as number)) return { errcode: 40129, errmsg: 'invalid scene' }
  if (typeof req.content !== 'string' || !req.content) return { errcode: 47001, errmsg: 'data format error hint: content is required' }
  if ([...req.content].length > CONTENT_MAX)
    return { errcode: 47001, errmsg: `data format error hint: content over ${CONTENT_MAX} characters` }
  const text = [req.content, req.title, req.nickname, req.signature].filter((x) => typeof x === 'string').join('\n')
  const hit = (list: SecWord[]) => list.find((w) => text.includes(w.word))
  const risky = hit(words.risky)
  const review = risky ? undefined : hit(words.review)
  const found = risky ?? review
  const suggest = risky ? 'risky' : review ? 'review' : 'pass'
  const label = found?.label ?? 100
  return {
    errcode: 0,
    errmsg: 'ok',
    trace_id: `local-${Date.now().toString(36)}-${++traces}`,
    result: { suggest, label },
    detail: [
      { strategy: 'content_model', errcode: 0, suggest, label, prob: found ? 90 : 0 },
      { strategy: 'keyword', errcode: 0, suggest, label, level: found ? 90 : 0, keyword: found?.word ?? '' }
    ]
  }
}
