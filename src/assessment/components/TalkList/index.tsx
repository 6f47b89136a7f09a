import { useState } from 'react'
import { View, Text } from '@tarojs/components'
import type { Talk, TalkRecord } from '@shared/assessment/api'
import { callCloud, errorMessage } from '@/core/cloud'
import { member } from '@/member/service'
import { onCommitteeOf } from '@shared/member/roles'
import { useCloudLoad } from '@/core/useCloudLoad'
import { checkTalkRecord, isOverdue, sortTalks, talkDueLabel } from '@/assessment/desk'
import { cstDate, cstDateTime } from '@shared/core/time'
import StatusView from '@/core/components/StatusView'
import BigButton from '@/core/components/BigButton'
import { formatTotal } from '@/assessment/score'
import FlagTag from '@/core/components/FlagTag'
import { cx } from '@/core/components/cx'
import Field from '@/core/components/Field'
import PickField from '@/core/components/PickField'
import './style.css'

type Mode = { talkId: string; kind: 'assign' | 'record' } | null

/** 谈话: yellow/blue/grey members' talks of a period, overdue first; assign (secretary) and record (the talker). */
export default function TalkList(props: {
  periodId: string
  orgId: string
  meId: string
  canAssign: boolean
  now: Date
  /** The talks the desk's getPeriod brought; fetched again only after a change. */
  initial?: Talk[] | null
}) {
  const { data, error, reload } = useCloudLoad<Talk[]>(
    // With orgId the server lists every talk of the branch; without it only the caller's own ones.
    async () => (await callCloud('assessment', { action: 'listTalks', orgId: props.orgId, periodId: props.periodId })).talks,
    props.initial
  )
  const [mode, setMode] = useState<Mode>(null)
  const [talkers, setTalkers] = useState<Array<{ _id: string; name: string }> | null>(null)
  const [record, setRecord] = useState<TalkRecord>({ date: '', problems: '', shortfalls: '', plan: '' })
  const [busy, setBusy] = useState(false)
  const [formError, setFormError] = useState<string | null>(null)

  if (!data) return <StatusView loading={!error} error={error} onRetry={reload} />
  if (data.length === 0) return <Text className='ao-talks__empty'>本期没有需要谈话的党员</Text>

  const open = async (talkId: string, kind: 'assign' | 'record') => {
    setMode({ talkId, kind })
    setFormError(null)
    if (kind === 'record') setRecord({ date: cstDate(props.now), problems: '', shortfalls: '', plan: '' })
    if (kind === 'assign' && !talkers) {
      try {
        const r = await member.roster({ orgId: props.orgId })
        setTalkers(r.members.filter((m) => onCommitteeOf(m.roles, props.orgId)).map((m) => ({ _id: m._id, name: m.name })))
      } catch (e) {
        setFormError(errorMessage(e))
      }
    }
  }

  const act = async (call: () => Promise<unknown>) => {
    setBusy(true)
    setFormError(null)
    try {
      await call()
      setMode(null)
      await reload()
    } catch (e) {
      setFormError(errorMessage(e))
    } finally {
      setBusy(false)
    }
  }

  const assign = (talkId: string, talkerId: string) => act(() => callCloud('assessment', { action: 'assignTalk', talkId, talkerId }))
  const save = (talkId: string) => {
    const checked = checkTalkRecord(record, props.now)
    if (!checked.ok) {
      setFormError(checked.message)
      return
    }
    return act(() => callCloud('assessment', { action: 'recordTalk', talkId, ...checked.record }))
  }

  return (
    <View className='ao-talks'>
      {sortTalks(data, props.now).map((t) => {
        const overdue = isOverdue(t, props.now)
        const open_ = mode?.talkId === t._id ? mode.kind : null
        return (
          <View key={t._id} className={cx('ao-talk', overdue && 'ao-talk--overdue')} data-id={t._id}>
            <View className='ao-talk__head'>
              <Text className='ao-talk__name'>{t.name}</Text>
              {t.flag && <FlagTag flag={t.flag} />}
              {t.total !== null && <Text className='ao-talk__total'>{formatTotal(t.total)} 分</Text>}
              {t.topic && <Text className='ao-talk__total'>{t.periodName}</Text>}
            </View>
            {t.topic && <Text className='ao-talk__line'>谈话事由：{t.topic}</Text>}
            <Text className='ao-talk__who'>
              谈话人：{t.talkerName} · 期限 {cstDateTime(t.dueAt)}
            </Text>
            <Text className={cx('ao-talk__due', overdue && 'ao-talk__due--late')}>{talkDueLabel(t, props.now)}</Text>
            {t.record ? (
              <View className='ao-talk__record'>
                <Text className='ao-talk__line'>谈话日期：{t.record.date}</Text>
                <Text className='ao-talk__line'>存在问题：{t.record.problems}</Text>
                <Text className='ao-talk__line'>差距不足：{t.record.shortfalls}</Text>
                <Text className='ao-talk__line'>整改方向：{t.record.plan}</Text>
              </View>
            ) : null}
            {t.status === 'assigned' && !open_ ? (
              <View className='ao-talk__actions'>
                {t.talkerId === props.meId ? <BigButton onTap={() => open(t._id, 'record')}>记录谈话</BigButton> : null}
                {props.canAssign ? <BigButton onTap={() => open(t._id, 'assign')}>指派谈话人</BigButton> : null}
              </View>
            ) : null}
            {open_ === 'assign' ? (
              <View className='ao-talk__form'>
                <Text className='ao-talk__step'>交给支部委员会成员：</Text>
                {talkers === null && !formError ? <Text className='ao-talk__step'>加载中…</Text> : null}
                {talkers?.length === 0 ? <Text className='ao-talk__step'>本支部没有其他委员</Text> : null}
                {talkers?.map((p) => (
                  <View
                    key={p._id}
                    className={cx('ao-talk__talker', p._id === t.talkerId && 'ao-talk__talker--on')}
                    aria-role='button'
                    onClick={() => (busy || p._id === t.talkerId ? undefined : assign(t._id, p._id))}
                  >
                    {p.name}
                    {p._id === t.talkerId ? '（当前）' : ''}
                  </View>
                ))}
                {formError ? <Text className='ao-talk__error'>{formError}</Text> : null}
                <BigButton onTap={() => setMode(null)}>取消</BigButton>
              </View>
            ) : null}
            {open_ === 'record' ? (
              <View className='ao-talk__form'>
                <PickField
                  label='谈话日期'
                  mode='date'
                  field='talkDate'
                  value={record.date}
                  end={cstDate(props.now)}
                  onPick={(date) => setRecord({ ...record, date })}
                />
                <Field
                  label='存在问题'
                  multiline
                  value={record.problems}
                  placeholder='存在的主要问题'
                  onInput={(problems) => setRecord({ ...record, problems })}
                />
                <Field
                  label='差距不足'
                  multiline
                  value={record.shortfalls}
                  placeholder='与先进的差距和不足'
                  onInput={(shortfalls) => setRecord({ ...record, shortfalls })}
                />
                <Field
                  label='整改方向'
                  multiline
                  value={record.plan}
                  placeholder='今后的整改方向和措施'
                  onInput={(plan) => setRecord({ ...record, plan })}
                />
                {formError ? <Text className='ao-talk__error'>{formError}</Text> : null}
                <BigButton primary loading={busy} onTap={() => save(t._id)}>
                  保存谈话记录
                </BigButton>
                <BigButton onTap={() => setMode(null)}>取消</BigButton>
              </View>
            ) : null}
          </View>
        )
      })}
    </View>
  )
}
