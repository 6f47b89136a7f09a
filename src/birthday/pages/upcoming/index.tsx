import { useEffect, useState } from 'react'
import Taro from '@tarojs/taro'
import { View, Text } from '@tarojs/components'
import type { MonthlyEntry } from '@shared/birthday/api'
import { cstInstant } from '@shared/core/time'
import { errorMessage } from '@/core/cloud'
import { openPage } from '@/core/nav'
import { PAGES } from '@/core/session'
import { useCloudLoad } from '@/core/useCloudLoad'
import { birthday } from '@/birthday/service'
import { routeParam, sevenOnesPage } from '@/birthday/routes'
import { monthDay } from '@/birthday/text'
import { clock, cstMonth, defaultActivityTimes, monthText, upcomingDetail } from '@/birthday/view'
import StatusView from '@/core/components/StatusView'
import BigButton from '@/core/components/BigButton'
import PickField from '@/core/components/PickField'
import Tag from '@/core/components/Tag'
import ReminderOffer, { loadOffer, type Offer } from '@/birthday/components/ReminderOffer'
import './index.css'

interface Monthly {
  month: string
  items: MonthlyEntry[]
}

/**
 * A secretary's upcoming political birthdays (next 30 days) of their org, round anniversaries marked
 * (逢十); each member opens their 七个一 sheet. 本月集体政治生日: the month's list, then one tap makes a
 * 主题党日 check-in activity with them expected.
 */
export default function UpcomingPage() {
  const [orgId] = useState(() => routeParam(Taro.getCurrentInstance()?.router?.params, 'orgId'))
  const { data, error, reload } = useCloudLoad(() => birthday.upcoming(orgId || undefined))
  const [monthly, setMonthly] = useState<Monthly | null>(null)
  const [form, setForm] = useState(() => defaultActivityTimes(clock.now()))
  const [busy, setBusy] = useState(false)
  const [made, setMade] = useState<{ activityId: string; count: number } | null>(null)
  const [formError, setFormError] = useState<string | null>(null)
  // The secretary's own reminder of birthdays ahead (the timer reminds secretaries only): renewal here.
  const [offer, setOffer] = useState<Offer | null>(null)
  useEffect(() => {
    let live = true
    loadOffer('birthdayUpcoming', (roles) => roles.includes('secretary')).then((o) => {
      if (live) setOffer(o)
    })
    return () => {
      live = false
    }
  }, [])

  if (!data) {
    return (
      <View className='page'>
        <StatusView loading={!error} error={error} onRetry={reload} />
      </View>
    )
  }

  const openMonthly = async () => {
    setBusy(true)
    setFormError(null)
    try {
      const month = cstMonth(clock.now())
      const res = await birthday.monthlyList(data.orgId, month)
      setMonthly({ month: res.month, items: res.items })
    } catch (e) {
      setFormError(errorMessage(e))
    } finally {
      setBusy(false)
    }
  }

  const makeActivity = async () => {
    if (!monthly) return
    const startAt = cstInstant(form.date, form.start)
    const endAt = cstInstant(form.date, form.end)
    setFormError(null)
    if (!startAt || !endAt) {
      setFormError('请选择活动日期和起止时间')
      return
    }
    if (endAt <= startAt) {
      setFormError('结束时间须晚于开始时间')
      return
    }
    setBusy(true)
    try {
      const res = await birthday.makeBirthdayActivity(data.orgId, monthly.month, startAt, endAt)
      setMade({ activityId: res.activityId, count: res.expectedMemberIds.length })
    } catch (e) {
      setFormError(errorMessage(e))
    } finally {
      setBusy(false)
    }
  }

  const year = (date: string) => Number(date.slice(0, 4))

  return (
    <View className='page upcoming'>
      <View className='upcoming__head'>
        <Text className='upcoming__org'>{data.orgName}</Text>
        <Text className='upcoming__range'>
          近期政治生日 · {monthDay(data.from)}至{monthDay(data.to)}
        </Text>
      </View>
      {data.items.length ? (
        <View className='upcoming__list'>
          {data.items.map((e) => {
            // A member greeted at their assessing org: that org keeps their 七个一 (the server refuses the home org).
            const own = e.relation === 'own'
            return (
              <View
                key={`${e.memberId}:${e.date}`}
                className='upcoming__row'
                hoverClass={own ? 'upcoming__row--pressed' : 'none'}
                aria-role={own ? 'button' : undefined}
                data-member={e.memberId}
                onClick={own ? () => openPage(sevenOnesPage(e.memberId, year(e.date))) : undefined}
              >
                <View className='upcoming__line'>
                  <Text className='upcoming__name'>{e.name}</Text>
                  {e.round ? <Tag tone='red'>逢十</Tag> : null}
                  {own ? null : <Tag>由考核支部组织</Tag>}
                </View>
                <Text className='upcoming__detail'>{upcomingDetail(e)}</Text>
                {own ? <Text className='upcoming__link'>七个一 ›</Text> : null}
              </View>
            )
          })}
        </View>
      ) : (
        <Text className='upcoming__empty'>近 30 天没有党员过政治生日</Text>
      )}

      <View className='upcoming__monthly'>
        {!monthly ? (
          <BigButton primary loading={busy} onTap={openMonthly}>
            本月集体政治生日
          </BigButton>
        ) : (
          <View>
            <Text className='upcoming__section'>{monthText(monthly.month)}集体政治生日</Text>
            {monthly.items.length ? (
              monthly.items.map((e) => (
                <View key={`${e.memberId}:${e.date}`} className='upcoming__monthly-row'>
                  <Text className='upcoming__name'>{e.name}</Text>
                  <Text className='upcoming__detail'>
                    {monthDay(e.date)} · 入党 {e.years} 周年
                  </Text>
                  {e.round ? <Tag tone='red'>逢十</Tag> : null}
                </View>
              ))
            ) : (
              <Text className='upcoming__empty'>本月没有党员过政治生日</Text>
            )}
            {made ? (
              <View className='upcoming__made'>
                <Text className='upcoming__ok'>已创建签到活动，应到 {made.count} 人</Text>
                <BigButton onTap={() => openPage(`${PAGES.attendance}?id=${encodeURIComponent(made.activityId)}`)}>查看出勤情况</BigButton>
              </View>
            ) : monthly.items.length ? (
              <View className='upcoming__form'>
                <PickField label='活动日期' mode='date' field='date' value={form.date} onPick={(date) => setForm({ ...form, date })} />
                <PickField
                  narrow
                  label='开始时间'
                  mode='time'
                  field='start'
                  value={form.start}
                  onPick={(start) => setForm({ ...form, start })}
                />
                <PickField narrow label='结束时间' mode='time' field='end' value={form.end} onPick={(end) => setForm({ ...form, end })} />
                <BigButton primary loading={busy} onTap={makeActivity}>
                  创建主题党日签到活动
                </BigButton>
              </View>
            ) : null}
          </View>
        )}
        {formError ? <Text className='upcoming__error'>{formError}</Text> : null}
      </View>
      {offer ? (
        <ReminderOffer
          offer={offer}
          ask='支部党员政治生日前 7 天，用微信消息提醒我'
          button='开启政治生日预告'
          done='已开启：下次政治生日预告将以微信消息送达'
          on={(n) => `已开启政治生日预告（还可接收 ${n} 次）`}
        />
      ) : null}
    </View>
  )
}
