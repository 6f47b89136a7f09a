// The `assessment` cloud function (填卡、评分、挂旗): rubrics, periods, ratings (self, peer, masses by
// one-time code, organisation), compute and publish, the board and details, objections, talks, the
// committee overview, export and audit; and a daily timer for reminders. Every action: validate the
// event → OPENID from the cloud context → roles from the database → pure rules in
// shared/domain/assessment → persist. See docs/assessment.md.
import { defineFunction } from '@server/router'
import type { Reply } from '@shared/core/envelope'
import { auditLog, board, exportResults, memberResult, overview } from './board'
import { compute, publish, results } from './compute'
import { issueMassesCodes, massesForm, massesRate } from './masses'
import { answerObjection, fileObjection, listObjections } from './objections'
import { getPeriod } from './desk'
import { myPeriods } from './mine'
import { closePeriod, listPeriods, openPeriod, reopenPeriod } from './periods'
import { rate, rateTargets } from './rating'
import { remind } from './reminders'
import { getRubric, listRubrics, saveRubric } from './rubrics'
import { ackTalk, assignTalk, listTalks, recordTalk } from './talks'

export const main = defineFunction({
  name: 'assessment',
  // Daily reminders (config.json); the router accepts a timer event only from the scheduler.
  timer: remindSafely,
  actions: {
    getRubric,
    listRubrics,
    saveRubric,
    openPeriod,
    listPeriods,
    getPeriod,
    myPeriods,
    rateTargets,
    rate,
    issueMassesCodes,
    massesForm,
    massesRate,
    closePeriod,
    compute,
    results,
    publish,
    reopenPeriod,
    board,
    memberResult,
    fileObjection,
    answerObjection,
    listObjections,
    listTalks,
    assignTalk,
    recordTalk,
    ackTalk,
    overview,
    exportResults,
    auditLog
  }
})

async function remindSafely(time: Date): Promise<Reply<unknown>> {
  try {
    return await remind(time)
  } catch (e) {
    console.error('[assessment.remind] failed', e)
    return { ok: false, code: 'INTERNAL', message: '提醒发送失败' }
  }
}
