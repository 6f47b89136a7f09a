import { useState } from 'react'
import { View, Text } from '@tarojs/components'
import type { Objection } from '@shared/assessment/api'
import { callCloud, errorMessage } from '@/core/cloud'
import { useCloudLoad } from '@/core/useCloudLoad'
import { cstDateTime } from '@shared/core/time'
import StatusView from '@/core/components/StatusView'
import BigButton from '@/core/components/BigButton'
import Tag from '@/core/components/Tag'
import Field from '@/core/components/Field'
import './style.css'

/** 异议: the members' objections of a period; the secretary answers pending ones. */
export default function ObjectionList(props: { periodId: string; canAnswer: boolean; initial?: Objection[] | null }) {
  const { data, error, reload } = useCloudLoad<Objection[]>(
    async () => (await callCloud('assessment', { action: 'listObjections', periodId: props.periodId })).objections,
    props.initial
  )
  const [answering, setAnswering] = useState<string | null>(null)
  const [text, setText] = useState('')
  const [busy, setBusy] = useState(false)
  const [formError, setFormError] = useState<string | null>(null)

  if (!data) return <StatusView loading={!error} error={error} onRetry={reload} />
  if (data.length === 0) return <Text className='ao-objections__empty'>暂无异议</Text>

  const send = async (id: string) => {
    const answer = text.trim()
    if (!answer) {
      setFormError('请填写答复内容')
      return
    }
    setBusy(true)
    setFormError(null)
    try {
      await callCloud('assessment', { action: 'answerObjection', objectionId: id, answer })
      setAnswering(null)
      setText('')
      await reload()
    } catch (e) {
      setFormError(errorMessage(e))
    } finally {
      setBusy(false)
    }
  }

  return (
    <View className='ao-objections'>
      {data.map((o) => (
        <View key={o._id} className='ao-objection' data-id={o._id}>
          <View className='ao-objection__head'>
            <Text className='ao-objection__name'>{o.name}</Text>
            {o.status === 'pending' ? <Tag tone='warn'>待答复</Tag> : <Tag tone='blue'>已答复</Tag>}
          </View>
          <Text className='ao-objection__when'>提出于 {cstDateTime(o.filedAt)}</Text>
          <Text className='ao-objection__reason'>{o.reason}</Text>
          {o.answer ? (
            <Text className='ao-objection__answer'>
              答复（{cstDateTime(o.answeredAt)}）：{o.answer}
            </Text>
          ) : null}
          {o.status === 'pending' && props.canAnswer ? (
            answering === o._id ? (
              <View className='ao-objection__form'>
                <Field
                  label='答复'
                  multiline
                  value={text}
                  placeholder='答复内容，如 经核实……'
                  onInput={setText}
                  errors={formError ? [formError] : []}
                />
                <BigButton primary loading={busy} onTap={() => send(o._id)}>
                  提交答复
                </BigButton>
                <BigButton onTap={() => setAnswering(null)}>取消</BigButton>
              </View>
            ) : (
              <BigButton
                onTap={() => {
                  setAnswering(o._id)
                  setText('')
                  setFormError(null)
                }}
              >
                答复 {o.name}
              </BigButton>
            )
          ) : null}
        </View>
      ))}
    </View>
  )
}
