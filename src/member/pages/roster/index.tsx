import { useCallback, useEffect, useMemo, useState } from 'react'
import { View, Text, Input } from '@tarojs/components'
import type { Org, RosterResult } from '@shared/member/api'
import { member } from '@/member/service'
import { errorMessage } from '@/core/cloud'
import { openPage, sendToSignIn } from '@/core/nav'
import { memberPage, rosterOrgIds } from '@/core/session'
import { employmentTag, partyStatusLabel, relationLabels } from '@shared/member/labels'
import { filterByName } from '@/member/roster'
import StatusView from '@/core/components/StatusView'
import Tag from '@/core/components/Tag'
import { cx } from '@/core/components/cx'
import './index.css'

/** The secretary's roster of a branch: who takes part in org life here, who is assessed here, our members elsewhere. */
export default function RosterPage() {
  const [orgIds, setOrgIds] = useState<string[]>([])
  const [orgNames, setOrgNames] = useState<Record<string, string>>({})
  const [orgId, setOrgId] = useState<string | undefined>(undefined)
  const [roster, setRoster] = useState<RosterResult | null>(null)
  const [query, setQuery] = useState('')
  const [loading, setLoading] = useState(true)
  const [error, setError] = useState<string | null>(null)

  const rememberNames = useCallback((orgs: Record<string, Org> | undefined) => {
    if (!orgs) return
    setOrgNames((prev) => {
      const next = { ...prev }
      for (const o of Object.values(orgs)) next[o._id] = o.name
      return next
    })
  }, [])

  const load = useCallback(
    async (target: string | undefined, search: string) => {
      setLoading(true)
      setError(null)
      try {
        const result = await member.roster({ ...(target ? { orgId: target } : {}), ...(search ? { search } : {}) })
        rememberNames(result.orgs)
        rememberNames({ [result.org._id]: result.org })
        setRoster(result)
      } catch (e) {
        if (sendToSignIn(e)) return
        setError(errorMessage(e))
      } finally {
        setLoading(false)
      }
    },
    [rememberNames]
  )

  const start = useCallback(async () => {
    setLoading(true)
    setError(null)
    try {
      const who = await member.whoami()
      rememberNames(who.orgs)
      const ids = rosterOrgIds(who.roles ?? who.member?.roles)
      setOrgIds(ids)
      setOrgId(ids[0])
      await load(ids[0], '')
    } catch (e) {
      if (sendToSignIn(e)) return
      setError(errorMessage(e))
      setLoading(false)
    }
  }, [load, rememberNames])

  useEffect(() => {
    start()
  }, [start])

  const shown = useMemo(() => filterByName(roster?.members ?? [], query), [roster, query])

  const choose = (id: string) => {
    if (id === orgId) return
    setOrgId(id)
    load(id, query.trim())
  }

  return (
    <View className='page roster'>
      {orgIds.length > 1 ? (
        <View className='roster__orgs'>
          <Text className='roster__orgs-label'>选择组织</Text>
          <View className='roster__org-list'>
            {orgIds.map((id, i) => (
              <View key={id} className={cx('roster__org', id === orgId && 'roster__org--on')} aria-role='tab' onClick={() => choose(id)}>
                {orgNames[id] ?? `组织 ${i + 1}`}
              </View>
            ))}
          </View>
        </View>
      ) : null}
      <View className='roster__search'>
        <Input
          className='roster__input'
          placeholder='按姓名查找'
          value={query}
          confirmType='search'
          onInput={(e) => setQuery(e.detail.value)}
          onConfirm={() => load(orgId, query.trim())}
        />
        <View className='roster__search-btn' aria-role='button' onClick={() => load(orgId, query.trim())}>
          搜索
        </View>
      </View>
      {roster ? (
        <View className='roster__summary'>
          <Text className='roster__org-name'>{roster.org.name}</Text>
          <Text className='roster__count'>共 {shown.length} 人</Text>
        </View>
      ) : null}
      <StatusView loading={loading && !roster} error={error} onRetry={roster ? () => load(orgId, query.trim()) : start} />
      {roster && shown.length === 0 && !loading ? <Text className='roster__empty'>没有找到匹配的党员</Text> : null}
      <View className='roster__list'>
        {shown.map((m) => {
          const tag = employmentTag(m.employment)
          return (
            <View
              key={m._id}
              className='roster__row'
              hoverClass='roster__row--pressed'
              aria-role='button'
              onClick={() => openPage(memberPage(m._id))}
            >
              <View className='roster__line'>
                <Text className='roster__name'>{m.name}</Text>
                <Text className='roster__status'>{partyStatusLabel(m.partyStatus)}</Text>
              </View>
              <View className='roster__tags'>
                {tag ? <Tag tone='warn'>{tag}</Tag> : null}
                {relationLabels(m.relation).map((r) => (
                  <Tag key={r} tone={r === '本支部' ? 'plain' : 'blue'}>
                    {r}
                  </Tag>
                ))}
              </View>
              {m.phone ? <Text className='roster__phone'>电话 {m.phone}</Text> : null}
              {m.bound ? null : <Text className='roster__unbound'>未绑定微信</Text>}
            </View>
          )
        })}
      </View>
    </View>
  )
}
