// The branch a secretary page is for: ?orgId=, else the first the caller works in (the session's caller: no call);
// the committee a staff page is for.
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

/** The committee a staff page is for: ?orgId=, else the committee the caller is staff of (no call). */
export async function staffCommittee(refusal: string): Promise<string> {
  const who = await caller()
  if (!who.bound) throw new CloudError('NOT_BOUND', '请先绑定党员身份')
  const params = Taro.getCurrentInstance()?.router?.params
  const id = routeParam(params, 'orgId') || who.roles?.find((r) => r.role === 'staff')?.orgId
  if (!id) throw new CloudError('FORBIDDEN', refusal)
  return id
}

/** 学习计划's org: the staff's committee when opened as ?scope=committee, else the branch (pageOrg). */
export async function planOrg(refusal: string): Promise<string> {
  const params = Taro.getCurrentInstance()?.router?.params
  if (routeParam(params, 'scope') === 'committee' && !routeParam(params, 'orgId'))
    return staffCommittee('只有党委工作人员可以编辑党委学习计划')
  return (await pageOrg(refusal)).orgId
}
