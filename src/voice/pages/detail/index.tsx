import { useState } from 'react'
import Taro from '@tarojs/taro'
import { View, Text, Image } from '@tarojs/components'
import { CATEGORY_LABEL, HISTORY_LABEL, type SuggestionDetail } from '@shared/voice/api'
import { cstDateTime } from '@shared/core/time'
import { routeParam } from '@/assessment/service'
import { errorMessage } from '@/core/cloud'
import { sendToSignIn } from '@/core/nav'
import { useCloudLoad } from '@/core/useCloudLoad'
import BigButton from '@/core/components/BigButton'
import Chips from '@/core/components/Chips'
import Field from '@/core/components/Field'
import StatusView from '@/core/components/StatusView'
import Tag from '@/core/components/Tag'
import { voice } from '@/voice/service'
import { OVERDUE_LABEL, STATUS_TONE, moderationNote, statusText } from '@/voice/view'
import './index.css'

/**
 * One suggestion: what, where, the photos (a risky one never shown), the answer; for the branch: receive,
 * name who handles it, answer with what was done; for the author: confirm or reopen with a reason. One
 * call to open; each action answers the suggestion as it is now.
 */
export default function SuggestionDetailPage() {
  const id = routeParam(Taro.getCurrentInstance()?.router?.params, 'id')
  const { data, error, reload } = useCloudLoad(() => voice.get(id))
  const [now, setNow] = useState<SuggestionDetail | null>(null)
  const [answer, setAnswer] = useState('')
  const [reason, setReason] = useState('')
  const [busy, setBusy] = useState(false)
  const [failed, setFailed] = useState<string | null>(null)
  const s = now ?? data

  if (!s) {
    return (
      <View className='page'>
        <StatusView loading={!error} error={error} onRetry={reload} />
      </View>
    )
  }

  async function run(step: () => Promise<SuggestionDetail>) {
    setBusy(true)
    setFailed(null)
    try {
      setNow(await step())
      setAnswer('')
      setReason('')
    } catch (e) {
      if (!sendToSignIn(e)) setFailed(errorMessage(e))
    } finally {
      setBusy(false)
    }
  }

  const note = moderationNote(s.moderation)
  return (
    <View className='page vo-detail'>
      <Text className='page__heading'>{s.title}</Text>
      <View className='vo-detail__tags'>
        <Tag tone={STATUS_TONE[s.status]}>{statusText(s.status)}</Tag>
        <Tag>{CATEGORY_LABEL[s.category]}</Tag>
        {s.overdue ? <Tag tone='red'>{OVERDUE_LABEL[s.overdue]}</Tag> : null}
        {s.hiddenFromPeers ? <Tag>仅支部可见</Tag> : null}
      </View>
      {note ? <Text className='vo-detail__notice'>{note}</Text> : null}
      <View className='vo-detail__block'>
        <Text className='vo-detail__meta'>
          {s.memberName} · {s.orgName} · {cstDateTime(s.submittedAt)}
        </Text>
        {s.location ? <Text className='vo-detail__meta'>地点：{s.location}</Text> : null}
        <Text className='vo-detail__content'>{s.content}</Text>
        {s.photos.length ? (
          <View className='vo-detail__photos'>
            {s.photos.map((p) =>
              p.url ? (
                <Image
                  key={`photo-${p.n}`}
                  className='vo-detail__img'
                  src={p.url}
                  mode='aspectFill'
                  onClick={() => Taro.previewImage({ current: p.url as string, urls: s.photos.flatMap((x) => (x.url ? [x.url] : [])) })}
                />
              ) : (
                <View key={`photo-${p.n}`} className='vo-detail__img vo-detail__img--hidden'>
                  <Text>{p.verdict === 'risky' ? '未通过安全检测' : '检测中'}</Text>
                </View>
              )
            )}
          </View>
        ) : null}
      </View>
      {s.handlerName ? <Text className='vo-detail__line'>办理人：{s.handlerName}</Text> : null}
      {s.answer ? (
        <View className='vo-detail__answer'>
          <Text className='vo-detail__answer-title'>支部答复</Text>
          <Text className='vo-detail__content'>{s.answer}</Text>
        </View>
      ) : null}
      {s.reopenReason && s.status === 'reopened' ? <Text className='vo-detail__line'>重新打开的理由：{s.reopenReason}</Text> : null}

      {s.can.receive ? (
        <BigButton primary loading={busy} disabled={busy} onTap={() => run(() => voice.receive(s._id))}>
          受理
        </BigButton>
      ) : null}
      {s.can.assign && s.handlers.length ? (
        <View className='vo-detail__block'>
          <Text className='vo-detail__answer-title'>指定办理人</Text>
          <Chips
            options={s.handlers.map((h) => ({ value: h._id, label: h.name }))}
            isOn={(v) => s.handlerName === s.handlers.find((h) => h._id === v)?.name}
            onTap={(v) => run(() => voice.assign(s._id, v))}
          />
        </View>
      ) : null}
      {s.can.answer ? (
        <View className='vo-detail__form'>
          <Field label='答复（办理结果）' value={answer} placeholder='做了什么、结果如何' onInput={setAnswer} multiline maxlength={1000} />
          <BigButton primary loading={busy} disabled={busy || !answer.trim()} onTap={() => run(() => voice.answer(s._id, answer.trim()))}>
            答复
          </BigButton>
        </View>
      ) : null}
      {s.can.confirm ? (
        <BigButton primary loading={busy} disabled={busy} onTap={() => run(() => voice.confirm(s._id))}>
          确认办结
        </BigButton>
      ) : null}
      {s.can.reopen ? (
        <View className='vo-detail__form'>
          <Field
            label='不满意？说明理由后重新打开'
            value={reason}
            placeholder='还有什么没解决'
            onInput={setReason}
            multiline
            maxlength={300}
          />
          <BigButton disabled={busy || !reason.trim()} onTap={() => run(() => voice.reopen(s._id, reason.trim()))}>
            重新打开
          </BigButton>
        </View>
      ) : null}
      {failed ? <Text className='vo-detail__error'>{failed}</Text> : null}

      {s.history.length ? (
        <View className='vo-detail__history'>
          <Text className='vo-detail__answer-title'>办理记录</Text>
          {s.history.map((h, i) => (
            <Text key={`${h.at}-${i}`} className='vo-detail__line'>
              {cstDateTime(h.at)} {HISTORY_LABEL[h.action]}
              {h.byName ? ` · ${h.byName}` : ''}
              {h.note ? `：${h.note}` : ''}
            </Text>
          ))}
        </View>
      ) : null}
    </View>
  )
}
