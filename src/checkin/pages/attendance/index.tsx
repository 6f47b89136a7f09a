import { useCallback, useEffect, useState } from 'react'
import Taro from '@tarojs/taro'
import { View, Text, Textarea } from '@tarojs/components'
import type { CheckinApi } from '@shared/checkin/api'
import type { WhoamiResult } from '@shared/member/api'
import { checkin } from '@/checkin/service'
import { member } from '@/member/service'
import { errorMessage } from '@/core/cloud'
import { sendToSignIn } from '@/core/nav'
import { ACTIVITY_TYPE_LABEL, attendanceStats, makeupDone, mayMakeup } from '@/checkin/view'
import { ATTENDANCE_STATUS_LABEL } from '@shared/checkin/labels'
import { cstDateTime } from '@shared/core/time'
import StatusView from '@/core/components/StatusView'
import BigButton from '@/core/components/BigButton'
import Tag, { type TagTone } from '@/core/components/Tag'
import Chips from '@/core/components/Chips'
import './index.css'

type Attendance = CheckinApi['attendance']['res']

const STATUS_TONE: Record<string, TagTone> = {
  present: 'blue',
  late: 'warn',
  makeup: 'warn',
  pending: 'plain',
  absent: 'red',
  guest: 'plain'
}

function activityIdFromRoute(): string | undefined {
  const id = Taro.getCurrentInstance()?.router?.params?.id
  return id ? decodeURIComponent(id) : undefined
}

/** Refused attempts: who, when (CST), why. */
function RefusalRows({ list }: { list: Attendance['refusals'] }) {
  return (
    <View className='attendance__rows'>
      {list.map((f, i) => (
        <View key={`${f.memberId}-${f.at}-${i}`} className='attendance__refusal'>
          <Text className='attendance__name'>{f.name}</Text>
          <Text className='attendance__clock'>{cstDateTime(f.at)}</Text>
          <Text className='attendance__reason'>{f.message}</Text>
        </View>
      ))}
    </View>
  )
}

/** 出勤情况: summary, one row per member with a status tag, refused attempts, and 补签 for the secretary. */
export default function AttendancePage() {
  const [activityId] = useState(activityIdFromRoute)
  const [data, setData] = useState<Attendance | null>(null)
  const [who, setWho] = useState<WhoamiResult | null>(null)
  const [error, setError] = useState<string | null>(null)
  const [picked, setPicked] = useState<string[]>([])
  const [reason, setReason] = useState('')
  const [saving, setSaving] = useState(false)
  const [makeupMsg, setMakeupMsg] = useState<{ ok: boolean; text: string } | null>(null)

  const load = useCallback(async () => {
    setError(null)
    if (!activityId) return setError('缺少活动编号，请从活动列表进入')
    try {
      const [a, me] = await Promise.all([checkin.attendance(activityId), member.whoami()])
      setData(a)
      setWho(me)
    } catch (e) {
      if (sendToSignIn(e)) return
      setError(errorMessage(e))
    }
  }, [activityId])

  useEffect(() => {
    load()
  }, [load])

  if (!data || !who) {
    return (
      <View className='page'>
        <StatusView loading={!error} error={error} onRetry={activityId ? load : undefined} />
      </View>
    )
  }

  const a = data.activity
  const s = data.summary
  const roles = who.roles ?? who.member?.roles
  const canMakeup = mayMakeup(roles, a.orgId, who.orgs?.[a.orgId]?.parentId) && a.phase !== 'upcoming'
  // Members without a check-in: 未签到 while the activity runs, 缺席 after it.
  const missing = data.rows.filter((r) => r.status === 'absent' || r.status === 'pending')
  const missingWord = a.stage === 'ended' ? '缺席' : '未签到'
  const toggle = (id: string) => setPicked((p) => (p.includes(id) ? p.filter((x) => x !== id) : [...p, id]))

  const saveMakeup = async () => {
    const ids = picked.filter((id) => missing.some((r) => r.memberId === id))
    if (!ids.length) return setMakeupMsg({ ok: false, text: '请选择要补签的党员（可多选）' })
    if (reason.trim().length < 2) return setMakeupMsg({ ok: false, text: '请填写补签原因（至少2个字）' })
    setSaving(true)
    setMakeupMsg(null)
    try {
      const res = await checkin.makeup(a._id, ids, reason.trim())
      setMakeupMsg({ ok: true, text: makeupDone(res.records, res.already) })
      setPicked([])
      setReason('')
      await load()
    } catch (e) {
      setMakeupMsg({ ok: false, text: errorMessage(e) })
    } finally {
      setSaving(false)
    }
  }

  const stats = attendanceStats(a.stage, s, true)

  return (
    <View className='page attendance'>
      <Text className='page__heading'>{a.title}</Text>
      <Text className='page__sub'>
        {ACTIVITY_TYPE_LABEL[a.type]} · {a.orgName} · {cstDateTime(a.startAt)}
      </Text>
      <View className='attendance__stats'>
        {stats.map(([label, value]) => (
          <View key={label} className='attendance__stat'>
            <Text className='attendance__stat-value'>{value}</Text>
            <Text className='attendance__stat-label'>{label}</Text>
          </View>
        ))}
      </View>

      <Text className='page__heading'>名单</Text>
      <View className='attendance__rows'>
        {data.rows.map((r) => (
          <View key={r.memberId} className='attendance__row' data-status={r.status}>
            <Text className='attendance__name'>{r.name}</Text>
            <View className='attendance__right'>
              {r.clock ? <Text className='attendance__clock'>{r.clock}</Text> : null}
              <Tag tone={STATUS_TONE[r.status]}>{ATTENDANCE_STATUS_LABEL[r.status]}</Tag>
            </View>
            {r.makeupReason ? <Text className='attendance__reason'>补签原因：{r.makeupReason}</Text> : null}
          </View>
        ))}
      </View>

      {data.refusals.length ? (
        <>
          <Text className='page__heading'>未通过的签到</Text>
          <RefusalRows list={data.refusals} />
        </>
      ) : null}

      {data.memberRefusals?.length ? (
        <>
          <Text className='page__heading'>签到期间的其他失败尝试</Text>
          <Text className='page__sub'>本组织党员未指明活动的失败签到（如扫描了非签到码、输入的活动不存在、失败次数过多）</Text>
          <RefusalRows list={data.memberRefusals} />
        </>
      ) : null}

      {canMakeup ? (
        <View className='attendance__makeup'>
          <Text className='page__heading'>补签</Text>
          {missing.length === 0 ? (
            <Text className='page__sub'>没有{missingWord}的党员</Text>
          ) : (
            <Text className='page__sub'>选择{missingWord}的党员（可多选），填写同一补签原因</Text>
          )}
          <Chips
            multi
            options={missing.map((r) => ({ value: r.memberId, label: r.name }))}
            isOn={(id) => picked.includes(id)}
            onTap={toggle}
          />
          <Textarea
            className='attendance__textarea'
            placeholder='补签原因（如：外出执行抢险任务，会后补学）'
            maxlength={200}
            value={reason}
            onInput={(e) => setReason(e.detail.value)}
          />
          {makeupMsg ? <Text className={makeupMsg.ok ? 'attendance__ok' : 'attendance__error'}>{makeupMsg.text}</Text> : null}
          <BigButton primary loading={saving} disabled={missing.length === 0} onTap={saveMakeup}>
            {picked.length > 1 ? `确认补签（${picked.length} 人）` : '确认补签'}
          </BigButton>
        </View>
      ) : null}
    </View>
  )
}
