// Who is calling, asked once per app session: every page reads `whoami` through here (member.whoami),
// so a screen does not spend a call on it when an earlier screen already asked. Dropped when it may
// have changed: a write that touches the caller, their roles, org names or their to-do; signing in or
// out; a NOT_BOUND / UNAUTHENTICATED answer; the app coming back from the background.
import type { WhoamiResult } from '@shared/member/api'
import { callCloud, onCloudWrite, type FnName } from './cloud'

let cached: Promise<WhoamiResult> | null = null
/** When the cached answer was asked for (Date.now()). */
let askedAt = 0

/**
 * The caller, from the session's answer when there is one (and, with `maxAgeMs`, when it is no older).
 * A failure or an unbound answer is not kept.
 */
export function caller(opts: { maxAgeMs?: number } = {}): Promise<WhoamiResult> {
  if (cached && (opts.maxAgeMs === undefined || Date.now() - askedAt <= opts.maxAgeMs)) return cached
  const asked = callCloud('member', { action: 'whoami' })
  cached = asked
  askedAt = Date.now()
  asked.then(
    (who) => {
      if (!who.bound && cached === asked) cached = null
    },
    () => {
      if (cached === asked) cached = null
    }
  )
  return asked
}

/** How old a caller the screens showing a to-do (home, 我的考评) accept: others finish or add to-dos too. */
export const TODO_FRESH_MS = 60_000

/** Ask again (sign-in, the home screen's refresh) and keep the answer. */
export function refreshCaller(): Promise<WhoamiResult> {
  cached = null
  return caller()
}

/** Keep an answer got another way (bind answers with the caller). */
export function rememberCaller(who: WhoamiResult): void {
  cached = who.bound ? Promise.resolve(who) : null
  askedAt = Date.now()
}

export function forgetCaller(): void {
  cached = null
}

/** Writes after which whoami may answer differently: every member write; assessment and birthday writes that change a to-do. */
const STALE_AFTER: { [F in FnName]?: ReadonlySet<string> | 'all' } = {
  member: 'all',
  assessment: new Set(['publish', 'reopenPeriod', 'assignTalk', 'recordTalk', 'ackTalk', 'answerObjection']),
  // A card started, submitted or reviewed, a self-check filed or reviewed: home's 承诺卡 to-do lines change.
  commitment: new Set([
    'saveDraft',
    'copyLastYear',
    'submitCard',
    'reviewCard',
    'submitCheck',
    'reviewCheck',
    'createTask',
    'takeChallenge'
  ]),
  // an opened greeting leaves the to-do list; a consent accepted or stopped changes `consents`
  birthday: new Set(['openGreeting', 'reportConsent', 'stopConsent']),
  // a task pushed, a report filed or reviewed, an analysis filed, commented or decided: home's study lines change
  study: new Set(['pushTask', 'fileReport', 'reviewReport', 'saveAnalysis', 'commentAnalysis', 'decideAnalysis']),
  // a talk or visit recorded, a hardship flag set or unset: the secretary's care line changes
  care: new Set(['record', 'setHardship'])
}

export function staleAfter(fn: FnName, action: string): boolean {
  const rule = STALE_AFTER[fn]
  return rule === 'all' || !!rule?.has(action)
}

onCloudWrite((fn, action) => {
  if (staleAfter(fn, action)) forgetCaller()
})
