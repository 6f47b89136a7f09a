// The `commitment` cloud function: commitment cards 党员争优目标计划卡 ("5+X"), their review, X tasks and
// challenges 揭榜挂帅, quarterly self-checks, the wall 亮承诺 (in the app and by public link) and the
// committee's card template. Every action: validate the event → OPENID from the cloud context → roles
// from the database → pure rules in shared/commitment → record. See docs/commitment.md.
import { defineFunction } from '@server/router'
import { copyLastYear, myCard, saveDraft, submitCard } from './card'
import { reviewCheck, submitCheck } from './checks'
import { completion, exportCompletion } from './completion'
import { getCard, reviewCard, reviewQueue, withdrawCard } from './review'
import { createTask, listTasks, takeChallenge } from './tasks'
import { getTemplate, saveTemplate } from './templates'
import { publicWall, wall, wallLink } from './wall'

export const main = defineFunction({
  name: 'commitment',
  actions: {
    myCard,
    saveDraft,
    copyLastYear,
    submitCard,
    takeChallenge,
    submitCheck,
    reviewQueue,
    getCard,
    reviewCard,
    reviewCheck,
    createTask,
    listTasks,
    withdrawCard,
    wall,
    publicWall,
    wallLink,
    getTemplate,
    saveTemplate,
    completion,
    exportCompletion
  }
})
