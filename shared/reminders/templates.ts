// The subscribe-message templates the product sends, by a stable key. The WeChat template id of each
// comes from an environment variable (set in the cloud console), so the code never holds one; an unset
// variable means that reminder is skipped (it still shows in the to-do list).
export type TemplateKey =
  | 'assessmentRate'
  | 'assessmentTalk'
  | 'birthdayGreeting'
  | 'birthdayUpcoming'
  | 'studyTask'
  | 'studyReturned'
  | 'studyAnalysis'

export const TEMPLATE_KEYS: readonly TemplateKey[] = [
  'assessmentRate',
  'assessmentTalk',
  'birthdayGreeting',
  'birthdayUpcoming',
  'studyTask',
  'studyReturned',
  'studyAnalysis'
]

/** The environment variable holding each template's id. */
export const TEMPLATE_ENV: Record<TemplateKey, string> = {
  assessmentRate: 'ASSESSMENT_RATE_TEMPLATE_ID',
  assessmentTalk: 'ASSESSMENT_TALK_TEMPLATE_ID',
  birthdayGreeting: 'BIRTHDAY_GREETING_TEMPLATE_ID',
  birthdayUpcoming: 'BIRTHDAY_UPCOMING_TEMPLATE_ID',
  studyTask: 'STUDY_TASK_TEMPLATE_ID',
  studyReturned: 'STUDY_RETURNED_TEMPLATE_ID',
  studyAnalysis: 'STUDY_ANALYSIS_TEMPLATE_ID'
}

export const TEMPLATE_LABEL: Record<TemplateKey, string> = {
  assessmentRate: '考评评分提醒',
  assessmentTalk: '谈话逾期提醒',
  birthdayGreeting: '政治生日祝福',
  birthdayUpcoming: '政治生日预告',
  studyTask: '学习任务提醒',
  studyReturned: '学习报告退回提醒',
  studyAnalysis: '党性分析提醒'
}

export const isTemplateKey = (s: unknown): s is TemplateKey => typeof s === 'string' && (TEMPLATE_KEYS as readonly string[]).includes(s)

/** The template id of `key` from the environment; null when unset. */
export function templateIdOf(key: TemplateKey, env: Record<string, string | undefined>): string | null {
  const id = env[TEMPLATE_ENV[key]]
  return id?.trim() ? id.trim() : null
}

/**
 * The WeChat template ids the client may ask consent for (wx.requestSubscribeMessage takes ids, not our
 * keys): the set ones only, by key. Template ids are not secrets (they travel in every request); whoami
 * carries them so the client never holds one in its code.
 */
export type SubscribeTemplates = Partial<Record<TemplateKey, string>>

export function subscribeTemplatesOf(env: Record<string, string | undefined>): SubscribeTemplates {
  const out: SubscribeTemplates = {}
  for (const k of TEMPLATE_KEYS) {
    const id = templateIdOf(k, env)
    if (id) out[k] = id
  }
  return out
}
