// The `member` cloud function: identity, binding, roster and the organisation tree.
// Every action: validate the event → OPENID from the cloud context → roles from the database →
// pure rules in shared/domain → persist. See docs/member.md for the actions and their error codes.
import { defineFunction } from '@server/router'
import { bind } from './bind'
import { card } from './card'
import { importRoster } from './importRoster'
import { createInvite } from './invite'
import { orgTree, saveOrg } from './orgs'
import { setRoles } from './roles'
import { roster } from './roster'
import { whoami } from './whoami'

export const main = defineFunction({
  name: 'member',
  actions: { whoami, bind, card, roster, createInvite, importRoster, setRoles, orgTree, saveOrg }
})
