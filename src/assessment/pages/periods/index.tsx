import { useState } from 'react'
import { View, Text } from '@tarojs/components'
import type { Period } from '@shared/assessment/api'
import type { WhoamiResult } from '@shared/member/api'
import { callCloud, errorMessage } from '@/core/cloud'
import { member } from '@/member/service'
import { openPage } from '@/core/nav'
import { useCloudLoad } from '@/core/useCloudLoad'
import { checkPeriodForm, clock, periodPage, periodPicks, resultPage, suggestedDeadline, type PeriodForm } from '@/assessment/desk'
import { PEER_SCOPE_LABEL, PERIOD_STATUS_LABEL } from '@shared/assessment/labels'
import { cstDateTime } from '@shared/core/time'
import { isStaff, onCommitteeOf } from '@shared/member/roles'
import StatusView from '@/core/components/StatusView'
import BigButton from '@/core/components/BigButton'
import Tag from '@/core/components/Tag'
import Chips from '@/core/components/Chips'
import Field from '@/core/components/Field'
import './index.css'

interface Loaded {
  who: WhoamiResult
  periods: Period[]
  /** Our members assessed in another org's period (双重管理), by period: only their results are ours to read. */
  ours: Record<string, Array<{ _id: string; name: string }>>
}

/** A period whose desk the caller may open: their branch's (as a committee member or assessed there) or any, for staff. */
function deskOf(who: WhoamiResult, p: Period): boolean {
  const roles = who.roles ?? who.member?.roles ?? []
  return isStaff(roles) || onCommitteeOf(roles, p.orgId) || who.member?.assessingOrgId === p.orgId
}

async function load(): Promise<Loaded> {
  const [who, list] = await Promise.all([member.whoami(), callCloud('assessment', { action: 'listPeriods' })])
  // listPeriods also gives a home org's secretary the published periods of its dispatched members;
  // their desk is not ours (getPeriod refuses), so find our members in them from our rosters.
  const foreign = list.periods.filter((p) => !deskOf(who, p))
  const ours: Loaded['ours'] = {}
  if (foreign.length) {
    const homeOrgs = (who.roles ?? []).filter((g) => g.role === 'secretary').map((g) => g.orgId)
    const rosters = await Promise.all(homeOrgs.map((orgId) => member.roster({ orgId })))
    const away = rosters.flatMap((r) => r.members.filter((m) => m.relation.includes('home')))
    for (const p of foreign) ours[p._id] = away.filter((m) => p.memberIds.includes(m._id)).map((m) => ({ _id: m._id, name: m.name }))
  }
  return { who, periods: list.periods, ours }
}

const EMPTY: Omit<PeriodForm, 'orgId'> = {
  name: '',
  from: '',
  to: '',
  deadlineDate: '',
  deadlineTime: '18:00',
  peerScope: 'branch',
  publicityDays: '5'
}

/** 考评管理: the periods of the orgs I serve, and opening a new one (the org's secretary). */
export default function AssessPeriodsPage() {
  const { data, error, reload } = useCloudLoad<Loaded>(load)
  const [now] = useState(clock.now)
  const [form, setForm] = useState<PeriodForm | null>(null)
  const [busy, setBusy] = useState(false)
  const [formError, setFormError] = useState<string | null>(null)

  if (!data) {
    return (
      <View className='page'>
        <StatusView loading={!error} error={error} onRetry={reload} />
      </View>
    )
  }

  const roles = data.who.roles ?? data.who.member?.roles ?? []
  const orgName = (id: string) => data.who.orgs?.[id]?.name ?? id
  const myOrgs = roles.filter((g) => g.role === 'secretary').map((g) => g.orgId)
  const periods = [...data.periods].sort((a, b) => b.openedAt.localeCompare(a.openedAt))
  const set = (patch: Partial<PeriodForm>) => {
    if (!form) return
    setForm({ ...form, ...patch })
    setFormError(null)
  }

  const submit = async () => {
    if (!form) return
    const checked = checkPeriodForm(form, now)
    if (!checked.ok) {
      setFormError(checked.message)
      return
    }
    setBusy(true)
    setFormError(null)
    try {
      const { period } = await callCloud('assessment', { action: 'openPeriod', ...checked.input })
      setForm(null)
      await reload()
      openPage(periodPage(period._id))
    } catch (e) {
      setFormError(errorMessage(e))
    } finally {
      setBusy(false)
    }
  }

  return (
    <View className='page assess-periods'>
      <Text className='page__heading'>考评管理</Text>
      {myOrgs.length === 0 ? null : form ? (
        <View className='period-form'>
          <Text className='period-form__title'>开启新一期考评</Text>
          {myOrgs.length > 1 ? (
            <>
              <Text className='period-form__label'>考核支部</Text>
              <Chips
                options={myOrgs.map((id) => ({ value: id, label: orgName(id) }))}
                isOn={(id) => form.orgId === id}
                onTap={(orgId) => set({ orgId })}
              />
            </>
          ) : (
            <Text className='period-form__label'>考核支部：{orgName(form.orgId)}</Text>
          )}
          <Field label='考评名称' value={form.name} placeholder='如 2026年第四季度' maxlength={40} onInput={(name) => set({ name })} />
          <Chips
            options={periodPicks(now).map((p) => ({ value: p.name, label: p.name }))}
            isOn={(name) => form.name === name}
            onTap={(name) => {
              const pick = periodPicks(now).find((p) => p.name === name)
              if (!pick) return
              const deadline = form.deadlineDate ? {} : { deadlineDate: suggestedDeadline(pick.to, now).date }
              set({ name: pick.name, from: pick.from, to: pick.to, ...deadline })
            }}
          />
          <Field
            narrow
            label='考评开始日期'
            value={form.from}
            placeholder='开始 年-月-日'
            maxlength={10}
            onInput={(from) => set({ from })}
          />
          <Field narrow label='考评结束日期' value={form.to} placeholder='结束 年-月-日' maxlength={10} onInput={(to) => set({ to })} />
          <Field
            narrow
            label='评分截止日期'
            value={form.deadlineDate}
            placeholder='截止 年-月-日'
            maxlength={10}
            onInput={(deadlineDate) => set({ deadlineDate })}
          />
          <Field
            narrow
            label='截止时间（北京时间）'
            value={form.deadlineTime}
            placeholder='时:分'
            maxlength={5}
            onInput={(deadlineTime) => set({ deadlineTime })}
          />
          <Text className='period-form__label'>党员互评范围</Text>
          <Chips
            options={(['branch', 'group'] as const).map((v) => ({ value: v, label: PEER_SCOPE_LABEL[v] }))}
            isOn={(v) => form.peerScope === v}
            onTap={(peerScope) => set({ peerScope })}
          />
          <Field
            label='公示天数'
            type='number'
            value={form.publicityDays}
            placeholder='天数'
            maxlength={2}
            onInput={(publicityDays) => set({ publicityDays })}
          />
          {formError ? <Text className='period-form__error'>{formError}</Text> : null}
          <BigButton primary loading={busy} onTap={submit}>
            开启考评
          </BigButton>
          <BigButton onTap={() => setForm(null)}>取消</BigButton>
        </View>
      ) : (
        <BigButton
          primary
          onTap={() => {
            setForm({ ...EMPTY, orgId: myOrgs.length === 1 ? myOrgs[0] : '' })
            setFormError(null)
          }}
        >
          开启新一期考评
        </BigButton>
      )}
      <Text className='page__sub'>{periods.length ? '点一期考评进入工作台' : '还没有考评'}</Text>
      <View className='assess-periods__list'>
        {periods.map((p) => {
          const ours = data.ours[p._id]
          return (
            <View
              key={p._id}
              className='assess-periods__row'
              data-period={p._id}
              hoverClass={ours ? 'none' : 'assess-periods__row--pressed'}
              aria-role={ours ? undefined : 'button'}
              onClick={() => (ours ? undefined : openPage(periodPage(p._id)))}
            >
              <View className='assess-periods__top'>
                <Text className='assess-periods__name'>{p.name}</Text>
                <Tag tone={p.status === 'rating' ? 'red' : p.status === 'closed' ? 'warn' : 'blue'}>{PERIOD_STATUS_LABEL[p.status]}</Tag>
              </View>
              <Text className='assess-periods__org'>{p.orgName}</Text>
              <Text className='assess-periods__meta'>
                {p.from} 至 {p.to} · {p.memberIds.length} 人 · 评分截止 {cstDateTime(p.ratingDeadline)}
              </Text>
              {ours ? (
                <View className='assess-periods__ours'>
                  <Text className='assess-periods__meta'>本支部派出党员在该支部考核（双重管理），可查看其结果：</Text>
                  {ours.map((m) => (
                    <View
                      key={m._id}
                      className='assess-periods__member'
                      aria-role='button'
                      data-member={m._id}
                      onClick={() => openPage(resultPage(p._id, m._id))}
                    >
                      {m.name} · 查看结果 ›
                    </View>
                  ))}
                </View>
              ) : null}
            </View>
          )
        })}
      </View>
    </View>
  )
}
