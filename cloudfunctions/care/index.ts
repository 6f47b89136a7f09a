// The `care` cloud function: 同步关爱 (seed 000) — 六必谈 / 五必访 occasion lists, care records (private to
// the branch committee, committee staff and the member), the secretary's hardship flag and the to-dos
// the triggers raise. Every action: validate → OPENID from the cloud context → roles from the database →
// pure rules in shared/care → record. See docs/care.md.
import { defineFunction } from '@server/router'
import { occasions, saveOccasions } from './occasions'
import { record, records, setHardship } from './records'
import { todo } from './todo'

export const main = defineFunction({
  name: 'care',
  actions: { occasions, saveOccasions, record, records, setHardship, todo }
})
