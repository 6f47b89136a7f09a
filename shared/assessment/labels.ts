// Chinese words for assessment states, for every page (the contract's SOURCE_LABEL, FLAG_LABEL and
// DERIVED_METRIC_LABEL sit next to their lists in api.ts).
import type { ObjectionStatus, Period, PeriodStatus, Source, TalkStatus } from './api'

/** A period's state as a short tag on the secretary's and committee staff's lists. */
export const PERIOD_STATUS_LABEL: Record<PeriodStatus, string> = {
  rating: '评分中',
  closed: '已截止',
  published: '已公示'
}

/** A period's state as a member reads it on 我的考评: what happens next, not only what happened. */
export const PERIOD_STATUS_FOR_MEMBER: Record<PeriodStatus, string> = {
  rating: '评分中',
  closed: '评分已截止，结果待公布',
  published: '结果已公布'
}

/** The rating tasks a member does (the masses rate with a code, not as a task). */
export const TASK_SOURCE_LABEL: Record<Exclude<Source, 'masses'>, string> = {
  self: '自评',
  peer: '互评',
  org: '组织考评'
}

export const TALK_STATUS_LABEL: Record<TalkStatus, string> = {
  assigned: '待谈话',
  recorded: '已谈话，待本人确认',
  acknowledged: '已确认，谈话完成'
}

export const OBJECTION_STATUS_LABEL: Record<ObjectionStatus, string> = {
  pending: '待书记答复',
  answered: '已答复'
}

export const PEER_SCOPE_LABEL: Record<Period['peerScope'], string> = {
  branch: '全支部互评',
  group: '党小组内互评'
}
