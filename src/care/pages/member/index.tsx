import { useState } from 'react'
import Taro from '@tarojs/taro'
import { View, Text } from '@tarojs/components'
import { CARE_KIND_LABEL, type CareKind, type CareApi } from '@shared/care/api'
import { cstDate } from '@shared/core/time'
import { routeParam } from '@/assessment/service'
import { errorMessage } from '@/core/cloud'
import { sendToSignIn } from '@/core/nav'
import { useCloudLoad } from '@/core/useCloudLoad'
import BigButton from '@/core/components/BigButton'
import Chips from '@/core/components/Chips'
import Field from '@/core/components/Field'
import StatusView from '@/core/components/StatusView'
import { care } from '@/care/service'
import './index.css'

type Loaded = CareApi['records']['res']

/**
 * One member's care (their branch committee, committee staff, the member): the talks and visits recorded;
 * for the committee the form to record one (the occasion from the committee's 六必谈/五必访 list); for the
 * secretary the hardship flag. One call to open; a record or the flag answers the page's data again.
 */
export default function MemberCarePage() {
  const memberId = routeParam(Taro.getCurrentInstance()?.router?.params, 'memberId')
  const { data, error, reload } = useCloudLoad(() => care.records(memberId))
  const [kind, setKind] = useState<CareKind>('talk')
  const [occasionId, setOccasionId] = useState<string | null>(null)
  const [place, setPlace] = useState('')
  const [content, setContent] = useState('')
  const [followUp, setFollowUp] = useState('')
  const [note, setNote] = useState('')
  const [busy, setBusy] = useState(false)
  const [failed, setFailed] = useState<string | null>(null)

  if (!data) {
    return (
      <View className='page'>
        <StatusView loading={!error} error={error} onRetry={reload} />
      </View>
    )
  }
  const d: Loaded = data

  async function run(step: () => Promise<unknown>) {
    setBusy(true)
    setFailed(null)
    try {
      await step()
      await reload()
      return true
    } catch (e) {
      if (!sendToSignIn(e)) setFailed(errorMessage(e))
      return false
    } finally {
      setBusy(false)
    }
  }

  async function save() {
    if (!occasionId) return setFailed('请选择事项')
    const done = await run(() =>
      care.record({
        memberId,
        kind,
        occasionId,
        date: cstDate(new Date()),
        place: place.trim(),
        content: content.trim(),
        followUp: followUp.trim() || null
      })
    )
    if (done) {
      setPlace('')
      setContent('')
      setFollowUp('')
      setOccasionId(null)
    }
  }

  const options = d.occasions.filter((o) => o.kind === kind)
  return (
    <View className='page ca-member'>
      <Text className='page__heading'>{d.memberName} · 谈心谈话与走访</Text>
      {d.hardship ? <Text className='ca-member__flag'>生活困难{d.hardship.note ? `：${d.hardship.note}` : ''}</Text> : null}
      {d.canFlag ? (
        d.hardship ? (
          <BigButton disabled={busy} onTap={() => run(() => care.setHardship(memberId, false, null))}>
            取消困难标记
          </BigButton>
        ) : (
          <View className='ca-member__form'>
            <Field label='困难情况（书记标记）' value={note} placeholder='如：爱人住院、子女上学困难' onInput={setNote} maxlength={200} />
            <BigButton disabled={busy} onTap={() => run(() => care.setHardship(memberId, true, note.trim() || null))}>
              标记生活困难
            </BigButton>
          </View>
        )
      ) : null}
      {d.canRecord ? (
        <View className='ca-member__form'>
          <Text className='ca-member__title'>记录一次谈话或走访（今天）</Text>
          <Chips
            options={(['talk', 'visit'] as const).map((k) => ({ value: k, label: CARE_KIND_LABEL[k] }))}
            isOn={(k) => k === kind}
            onTap={(k) => {
              setKind(k)
              setOccasionId(null)
            }}
          />
          <Chips options={options.map((o) => ({ value: o.id, label: o.name }))} isOn={(id) => id === occasionId} onTap={setOccasionId} />
          <Field label='地点' value={place} placeholder='如：支部办公室、党员家中' onInput={setPlace} maxlength={60} />
          <Field
            label='谈了什么、做了什么'
            value={content}
            placeholder='谈话或走访的内容'
            onInput={setContent}
            multiline
            maxlength={1000}
          />
          <Field label='后续跟进（可不填）' value={followUp} placeholder='还要做什么' onInput={setFollowUp} multiline maxlength={500} />
          <BigButton primary loading={busy} disabled={busy || !place.trim() || !content.trim()} onTap={save}>
            保存记录
          </BigButton>
        </View>
      ) : null}
      {failed ? <Text className='ca-member__error'>{failed}</Text> : null}
      <View className='ca-member__list'>
        {d.records.length === 0 ? <Text className='ca-member__empty'>还没有谈话或走访记录</Text> : null}
        {d.records.map((r) => (
          <View key={r._id} className='ca-member__row'>
            <Text className='ca-member__title'>
              {r.date} · {CARE_KIND_LABEL[r.kind]} · {r.occasionName}
            </Text>
            <Text className='ca-member__line'>
              {r.place} · {r.byName}
            </Text>
            <Text className='ca-member__content'>{r.content}</Text>
            {r.followUp ? <Text className='ca-member__line'>跟进：{r.followUp}</Text> : null}
          </View>
        ))}
      </View>
    </View>
  )
}
