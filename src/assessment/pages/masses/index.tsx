import { useCallback, useEffect, useRef, useState } from 'react'
import Taro from '@tarojs/taro'
import { View, Text, Input } from '@tarojs/components'
import type { AssessmentApi } from '@shared/assessment/api'
import { CloudError, errorMessage } from '@/core/cloud'
import { assessment, routeParam } from '@/assessment/service'
import { allUnknown, answeredCount, checkScores, fullMarks, type FormFill } from '@/assessment/score'
import { useScoreEdits } from '@/assessment/useScoreEdits'
import { massesDraftKey, readStored, removeStored, writeStored } from '@/assessment/ratingDraft'
import { jumpTo } from '@/assessment/jump'
import { countdown, cstWhen } from '@/assessment/period'
import { codeFromScene } from '@/assessment/routes'
import BigButton from '@/core/components/BigButton'
import StatusView from '@/core/components/StatusView'
import ScoreInput from '@/assessment/components/ScoreInput'
import { cx } from '@/core/components/cx'
import './index.css'

type Form = AssessmentApi['massesForm']['res']
type Phase = 'enter' | 'loading' | 'form' | 'failed' | 'done'

/** A code from the link (?code=) or from a WeChat mini-program code (?scene=, URL-encoded by WeChat). */
function codeFromRoute(): string {
  const params = Taro.getCurrentInstance()?.router?.params
  return routeParam(params, 'code').replace(/\s+/g, '') || codeFromScene(params?.scene)
}

const key = (memberId: string, itemId: string) => `${memberId}:${itemId}`
/** Scroll targets by position: member ids may hold characters a #selector cannot. */
const memberAnchor = (m: number) => `masses-member-${m}`
const fieldAnchor = (m: number, i: number) => `masses-field-${m}-${i}`
const canRetry = (e: unknown) => e instanceof CloudError && (e.code === 'NETWORK' || e.code === 'TIMEOUT')

/**
 * 群众参评: a colleague who is not a Party member rates the branch's members with a one-time
 * code. No account and no sign-in: this page never sends anyone to the login page. The code is
 * used up when the form is sent; a used or forged code shows the server's message.
 * Per member: 全部满分, 都不了解 and 同上一位 fill every item in one tap and fold the member into one
 * line (修改 opens it again); 不了解 per item. A member the rater knows nothing of is not sent. The
 * entries are kept on the phone as a draft (per period and code) until the form is sent.
 */
export default function MassesPage() {
  const [code, setCode] = useState(codeFromRoute)
  const [typed, setTyped] = useState('')
  const [phase, setPhase] = useState<Phase>(code ? 'loading' : 'enter')
  const [form, setForm] = useState<Form | null>(null)
  const [failure, setFailure] = useState<{ message: string; retry: boolean } | null>(null)
  const [fill, setFill] = useState<FormFill>({ values: {}, unknown: {} })
  const [folded, setFolded] = useState<Record<string, boolean>>({})
  const [restored, setRestored] = useState(false)
  const touched = useRef(false)
  const [errors, setErrors] = useState<Record<string, string>>({})
  const [message, setMessage] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  const [saved, setSaved] = useState(0)

  const load = useCallback(async (c: string) => {
    setPhase('loading')
    setFailure(null)
    try {
      const f = await assessment.massesForm(c)
      const draft = readStored<FormFill>(massesDraftKey(f.period._id, c))
      if (draft && typeof draft.values === 'object' && typeof draft.unknown === 'object') {
        setFill({ values: draft.values, unknown: draft.unknown })
        setRestored(true)
      }
      setForm(f)
      setPhase('form')
    } catch (e) {
      setFailure({ message: errorMessage(e), retry: canRetry(e) })
      setPhase('failed')
    }
  }, [])

  useEffect(() => {
    if (code) load(code)
  }, [code, load])

  // Save as you go: a closed page comes back with what was entered (until the form is sent).
  const draftKey = form ? massesDraftKey(form.period._id, code) : ''
  useEffect(() => {
    if (draftKey && touched.current && phase === 'form') writeStored(draftKey, fill)
  }, [fill, draftKey, phase])

  const changed = () => {
    touched.current = true
    setMessage(null)
  }
  // The same handlers on every render: a keystroke re-renders only its field of the 55 (ScoreInput is memoised).
  const { editScore, setUnknown } = useScoreEdits(setFill, setErrors, changed)

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
  const fieldsOf = (memberId: string) => form.items.map((i) => ({ id: key(memberId, i.id), name: i.name, max: i.max }))
  const complete = (memberId: string) => answeredCount(fieldsOf(memberId), fill) === form.items.length
  const doneCount = form.members.filter((m) => complete(m.memberId)).length

  /** One tap fills the member's items and folds the member away. */
  const quick = (memberId: string, next: FormFill) => {
    const ids = fieldsOf(memberId).map((f) => f.id)
    setFill((prev) => {
      const values = { ...prev.values }
      const unknown = { ...prev.unknown }
      for (const id of ids) {
        delete values[id]
        unknown[id] = false
        if (next.values[id] !== undefined) values[id] = next.values[id]
        if (next.unknown[id]) unknown[id] = true
      }
      return { values, unknown }
    })
    setErrors((prev) => Object.fromEntries(Object.entries(prev).filter(([id]) => !ids.includes(id))))
    setFolded((prev) => ({ ...prev, [memberId]: true }))
    changed()
  }
  /** 同上一位: the previous member's entries, item by item. */
  const sameAs = (from: string, to: string): FormFill => {
    const next: FormFill = { values: {}, unknown: {} }
    for (const i of form.items) {
      if (fill.unknown[key(from, i.id)]) next.unknown[key(to, i.id)] = true
      else if (fill.values[key(from, i.id)]) next.values[key(to, i.id)] = fill.values[key(from, i.id)]
    }
    return next
  }

  const submit = async () => {
    const checked = checkScores(fields, fill.values, true, fill.unknown)
    if (!checked.ok) {
      setErrors(checked.errors)
      setMessage(checked.message)
      const at = fields.findIndex((f) => f.id === checked.first)
      const m = Math.floor(at / form.items.length)
      setFolded((prev) => ({ ...prev, [form.members[m].memberId]: false }))
      jumpTo(fieldAnchor(m, at % form.items.length))
      return
    }
    // A member with every item 不了解 is not rated at all.
    const ratings = form.members
      .map((m) => ({
        memberId: m.memberId,
        scores: Object.fromEntries(form.items.map((i) => [i.id, checked.scores[key(m.memberId, i.id)]]))
      }))
      .filter((r) => Object.values(r.scores).some((x) => x !== null))
    if (!ratings.length) {
      setMessage('您对每位党员都选了“不了解”，请至少为一名了解的党员打分')
      return
    }
    setBusy(true)
    setMessage(null)
    try {
      const res = await assessment.massesRate(code, ratings)
      removeStored(draftKey)
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
          请根据日常了解，为以下 {form.members.length} 名党员逐项打分（0.5
          分一档）；不了解的项目点“不了解”，不了解的党员点“都不了解”。评议不记名，提交后评议码即作废。
        </Text>
        {restored ? <Text className='masses__restored'>已恢复上次未提交的填写</Text> : null}
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
      {form.members.map((m, mi) => {
        const mine = fieldsOf(m.memberId)
        const answered = answeredCount(mine, fill)
        const unknownAll = mine.every((f) => fill.unknown[f.id])
        const prev = mi > 0 ? form.members[mi - 1] : null
        const hasErrors = mine.some((f) => errors[f.id])
        if (folded[m.memberId] && !hasErrors)
          return (
            <View key={m.memberId} id={memberAnchor(mi)} className='masses__member masses__member--folded' data-member={m.memberId}>
              <Text className='masses__name'>{m.name}</Text>
              <Text className='masses__summary'>{unknownAll ? '不了解，不评价' : `已填 ${answered}/${form.items.length}`}</Text>
              <View className='masses__open' aria-role='button' onClick={() => setFolded((p) => ({ ...p, [m.memberId]: false }))}>
                修改
              </View>
            </View>
          )
        return (
          <View key={m.memberId} id={memberAnchor(mi)} className='masses__member' data-member={m.memberId}>
            <View className='masses__member-head'>
              <Text className='masses__name'>{m.name}</Text>
              <Text className={cx('masses__summary', answered === form.items.length && 'masses__summary--done')}>
                已填 {answered}/{form.items.length}
              </Text>
            </View>
            <View className='masses__quick'>
              <View className='masses__chip' aria-role='button' onClick={() => quick(m.memberId, fullMarks(mine))}>
                全部满分
              </View>
              {prev && answeredCount(fieldsOf(prev.memberId), fill) > 0 ? (
                <View className='masses__chip' aria-role='button' onClick={() => quick(m.memberId, sameAs(prev.memberId, m.memberId))}>
                  同上一位
                </View>
              ) : null}
              <View className='masses__chip masses__chip--plain' aria-role='button' onClick={() => quick(m.memberId, allUnknown(mine))}>
                都不了解
              </View>
            </View>
            {form.items.map((i, ii) => {
              const id = key(m.memberId, i.id)
              return (
                <View key={id} id={fieldAnchor(mi, ii)} className='masses__item' data-field={i.id}>
                  <Text className='masses__item-name'>
                    {i.name}（满分 {i.max}）
                  </Text>
                  <ScoreInput
                    id={id}
                    label={`${m.name} ${i.name}`}
                    value={fill.values[id] ?? ''}
                    max={i.max}
                    invalid={!!errors[id]}
                    unknown={!!fill.unknown[id]}
                    onChange={editScore}
                    onUnknown={setUnknown}
                  />
                  {errors[id] ? <Text className='masses__item-error'>{errors[id]}</Text> : null}
                </View>
              )
            })}
          </View>
        )
      })}
      <View className='masses__bar'>
        <Text className='masses__count'>
          已评 {doneCount}/{form.members.length} 人
        </Text>
        {message ? <Text className='masses__error'>{message}</Text> : null}
        <BigButton primary loading={busy} onTap={submit}>
          提交评议
        </BigButton>
      </View>
    </View>
  )
}
