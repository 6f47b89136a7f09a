// The branch a secretary page is for: ?orgId=, else the first the caller works in (the session's caller: no call).
import Taro from '@tarojs/taro'
import { CloudError } from '@/core/cloud'
import { caller } from '@/core/caller'
import { routeParam } from '@/assessment/service'
import { studyOrgIds } from './view'

export async function pageOrg(refusal: string): Promise<{ orgId: string; orgs: Array<{ id: string; name: string }> }> {
  const who = await caller()
  if (!who.bound) throw new CloudError('NOT_BOUND', '请先绑定党员身份')
  const ids = studyOrgIds(who.roles, who.orgs)
  const orgId = routeParam(Taro.getCurrentInstance()?.router?.params, 'orgId') || ids[0]
  if (!orgId) throw new CloudError('FORBIDDEN', refusal)
  return { orgId, orgs: ids.map((id) => ({ id, name: who.orgs?.[id]?.name ?? id })) }
}
