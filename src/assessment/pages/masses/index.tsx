import { useCallback, useEffect, useState } from 'react'
import Taro from '@tarojs/taro'
import { View, Text, Input } from '@tarojs/components'
import type { AssessmentApi } from '@shared/assessment/api'
import { CloudError, errorMessage } from '@/core/cloud'
import { assessment, routeParam } from '@/assessment/service'
import { checkScores } from '@/assessment/score'
import { countdown, cstWhen } from '@/assessment/period'
import { codeFromScene } from '@/assessment/routes'
import BigButton from '@/core/components/BigButton'
import StatusView from '@/core/components/StatusView'
import ScoreInput from '@/assessment/components/ScoreInput'
import './index.css'

type Form = AssessmentApi['massesForm']['res']
type Phase = 'enter' | 'loading' | 'form' | 'failed' | 'done'

/** A code from the link (?code=) or from a WeChat mini-program code (?scene=, URL-encoded by WeChat). */
function codeFromRoute(): string {
  const params = Taro.getCurrentInstance()?.router?.params
  return routeParam(params, 'code').replace(/\s+/g, '') || codeFromScene(params?.scene)
}

const key = (memberId: string, itemId: string) => `${memberId}:${itemId}`
const canRetry = (e: unknown) => e instanceof CloudError && (e.code === 'NETWORK' || e.code === 'TIMEOUT')

/**
 * 群众参评: a colleague who is not a Party member rates the branch's members with a one-time
 * code. No account and no sign-in: this page never sends anyone to the login page. The code is
 * used up when the form is sent; a used or forged code shows the server's message.
 */
export default function MassesPage() {
  const [code, setCode] = useState(codeFromRoute)
  const [typed, setTyped] = useState('')
  const [phase, setPhase] = useState<Phase>(code ? 'loading' : 'enter')
  const [form, setForm] = useState<Form | null>(null)
  const [failure, setFailure] = useState<{ message: string; retry: boolean } | null>(null)
  const [values, setValues] = useState<Record<string, string>>({})
  const [errors, setErrors] = useState<Record<string, string>>({})
  const [message, setMessage] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  const [saved, setSaved] = useState(0)

  const load = useCallback(async (c: string) => {
    setPhase('loading')
    setFailure(null)
    try {
      setForm(await assessment.massesForm(c))
      setPhase('form')
    } catch (e) {
      setFailure({ message: errorMessage(e), retry: canRetry(e) })
      setPhase('failed')
    }
  }, [])

  useEffect(() => {
    if (code) load(code)
  }, [code, load])

  const start = () => {
    const c = typed.replace(/\s+/g, '')
    if (!c) {
      setFailure({ message: '请输入评议码', retry: false })
      return
    }
    setCode(c)
  }

  if (phase === 'enter' || (phase === 'failed' && !code)) {
    return (
      <View className='page masses'>
        <Text className='page__heading'>群众评议</Text>
        <Text className='page__sub'>请输入支部发给您的评议码（无需注册登录）。</Text>
        <Input className='masses__code' placeholder='评议码' value={typed} maxlength={32} onInput={(e) => setTyped(e.detail.value)} />
        {failure ? <Text className='masses__error'>{failure.message}</Text> : null}
        <BigButton primary onTap={start}>
          开始评议
        </BigButton>
      </View>
    )
  }

  if (phase === 'done') {
    return (
      <View className='page masses'>
        <View className='masses__thanks'>
          <Text className='masses__thanks-title'>感谢您的评议！</Text>
          <Text className='masses__thanks-text'>已提交对 {saved} 名党员的评议。评议码已使用，不能再次提交。</Text>
        </View>
      </View>
    )
  }

  if (phase !== 'form' || !form) {
    return (
      <View className='page masses'>
        <Text className='page__heading'>群众评议</Text>
        <StatusView loading={phase === 'loading'} error={failure?.message} onRetry={failure?.retry ? () => load(code) : undefined} />
        {phase === 'failed' ? (
          <BigButton
            onTap={() => {
              setCode('')
              setTyped('')
              setFailure(null)
              setPhase('enter')
            }}
          >
            重新输入评议码
          </BigButton>
        ) : null}
      </View>
    )
  }

  const fields = form.members.flatMap((m) =>
    form.items.map((i) => ({ id: key(m.memberId, i.id), name: `${m.name} · ${i.name}`, max: i.max }))
  )

  const edit = (id: string) => (v: string) => {
    setValues((prev) => ({ ...prev, [id]: v }))
    setErrors((prev) => {
      const { [id]: _gone, ...rest } = prev
      return rest
    })
    setMessage(null)
  }

  const submit = async () => {
    const checked = checkScores(fields, values)
    if (!checked.ok) {
      setErrors(checked.errors)
      setMessage(checked.message)
      return
    }
    const ratings = form.members.map((m) => ({
      memberId: m.memberId,
      scores: Object.fromEntries(form.items.map((i) => [i.id, checked.scores[key(m.memberId, i.id)]]))
    }))
    setBusy(true)
    setMessage(null)
    try {
      const res = await assessment.massesRate(code, ratings)
      setSaved(res.saved)
      setPhase('done')
    } catch (e) {
      setMessage(errorMessage(e))
    } finally {
      setBusy(false)
    }
  }

  const now = Date.now()
  return (
    <View className='page masses'>
      <View className='masses__head'>
        <Text className='masses__title'>群众评议</Text>
        <Text className='masses__period'>
          {form.period.orgName} · {form.period.name}
        </Text>
        <Text className='masses__deadline'>
          截止 {cstWhen(form.period.ratingDeadline, now)}（北京时间）· {countdown(form.period.ratingDeadline, now)}
        </Text>
        <Text className='masses__intro'>
          请根据日常了解，为以下 {form.members.length} 名党员逐项打分（0.5 分一档）。评议不记名，提交后评议码即作废。
        </Text>
      </View>
      <View className='masses__criteria'>
        <Text className='masses__section'>评分标准</Text>
        {form.items.map((i) => (
          <View key={i.id} className='masses__criterion'>
            <Text className='masses__criterion-name'>
              {i.name}（满分 {i.max}）
            </Text>
            <Text className='masses__criterion-text'>{i.criteria}</Text>
          </View>
        ))}
      </View>
      {form.members.map((m) => (
        <View key={m.memberId} className='masses__member' data-member={m.memberId}>
          <Text className='masses__name'>{m.name}</Text>
          {form.items.map((i) => {
            const id = key(m.memberId, i.id)
            return (
              <View key={id} className='masses__item' data-field={i.id}>
                <Text className='masses__item-name'>
                  {i.name}（满分 {i.max}）
                </Text>
                <ScoreInput label={`${m.name} ${i.name}`} value={values[id] ?? ''} max={i.max} invalid={!!errors[id]} onChange={edit(id)} />
                {errors[id] ? <Text className='masses__item-error'>{errors[id]}</Text> : null}
              </View>
            )
          })}
        </View>
      ))}
      {message ? <Text className='masses__error'>{message}</Text> : null}
      <BigButton primary loading={busy} onTap={submit}>
        提交评议
      </BigButton>
    </View>
  )
}
