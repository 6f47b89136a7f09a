import { useState } from 'react'
import Taro from '@tarojs/taro'
import { View, Text } from '@tarojs/components'
import { STATUSES, STATUS_LABEL, type Status } from '@shared/voice/api'
import { routeParam } from '@/assessment/service'
import { openPage } from '@/core/nav'
import { useCloudLoad } from '@/core/useCloudLoad'
import Chips from '@/core/components/Chips'
import StatusView from '@/core/components/StatusView'
import SuggestionList from '@/voice/components/SuggestionList'
import { branchPage, statsPage } from '@/voice/routes'
import { voice } from '@/voice/service'
import './index.css'

type Scope = 'branch' | 'home'
const SCOPES: Array<{ value: Scope; label: string }> = [
  { value: 'branch', label: '本支部' },
  { value: 'home', label: '派出党员' }
]

/**
 * 党员建议 (a branch's secretary, deputy, committee members): the branch's suggestions, newest first, by status
 * or overdue; or, for a home org, its dispatched members' suggestions at their workplace. One call; the status
 * filter works on what it brought.
 */
export default function BranchSuggestionsPage() {
  const params = Taro.getCurrentInstance()?.router?.params
  const scope: Scope = routeParam(params, 'scope') === 'home' ? 'home' : 'branch'
  const orgId = routeParam(params, 'orgId') || undefined
  const { data, error, reload } = useCloudLoad(() => voice.list({ scope, orgId }))
  const [status, setStatus] = useState<Status | 'overdue' | null>(null)

  if (!data) {
    return (
      <View className='page'>
        <StatusView loading={!error} error={error} onRetry={reload} />
      </View>
    )
  }
  const overdue = data.items.filter((s) => s.overdue)
  const items = status === 'overdue' ? overdue : status ? data.items.filter((s) => s.status === status) : data.items
  const count = (s: Status) => data.items.filter((x) => x.status === s).length
  return (
    <View className='page vo-branch'>
      <Text className='page__heading'>党员建议</Text>
      <Chips options={SCOPES} isOn={(v) => v === scope} onTap={(v) => Taro.redirectTo({ url: branchPage(v, data.orgId ?? undefined) })} />
      {data.orgs.length > 1 ? (
        <Chips
          options={data.orgs.map((o) => ({ value: o._id, label: o.name }))}
          isOn={(id) => id === data.orgId}
          onTap={(id) => Taro.redirectTo({ url: branchPage(scope, id) })}
        />
      ) : null}
      <Chips
        options={[
          { value: 'overdue' as const, label: `超期（${overdue.length}）` },
          ...STATUSES.map((s) => ({ value: s, label: `${STATUS_LABEL[s]}（${count(s)}）` }))
        ]}
        isOn={(v) => v === status}
        onTap={(v) => setStatus(status === v ? null : v)}
      />
      <SuggestionList items={items} empty={scope === 'home' ? '派出党员还没有公开的建议' : '没有符合条件的建议'} />
      {scope === 'branch' ? (
        <View className='vo-branch__link' aria-role='button' onClick={() => openPage(statsPage(data.orgId ?? undefined))}>
          分类统计 ›
        </View>
      ) : null}
    </View>
  )
}
