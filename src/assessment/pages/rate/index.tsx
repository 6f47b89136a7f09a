import { useCallback, useEffect, useMemo, useRef, useState } from 'react'
import Taro from '@tarojs/taro'
import { View, Text, Textarea } from '@tarojs/components'
import type { Period, RateTarget, Rubric, RubricItem, Source } from '@shared/assessment/api'
import { CloudError, errorMessage } from '@/core/cloud'
import { useCloudLoad } from '@/core/useCloudLoad'
import { assessment, RATED_EVENT, routeParam } from '@/assessment/service'
import { answeredCount, checkScores, fillFrom, fullMarks, scoresToText, unknownOf, type FormFill } from '@/assessment/score'
import { useScoreEdits } from '@/assessment/useScoreEdits'
import { lastRatedKey, rateDraftKey, readStored, removeStored, writeStored, type LastRated, type RateDraft } from '@/assessment/ratingDraft'
import { jumpTo } from '@/assessment/jump'
import { UNKNOWN_SOURCES } from '@shared/assessment/rating'
import { canRate, countdown, cstWhen } from '@/assessment/period'
import { TASK_SOURCE_LABEL } from '@shared/assessment/labels'
import BigButton from '@/core/components/BigButton'
import StatusView from '@/core/components/StatusView'
import { cx } from '@/core/components/cx'
import ScoreInput from '@/assessment/components/ScoreInput'
import './index.css'

type RaterSource = Exclude<Source, 'masses'>
const RATER_SOURCES: RaterSource[] = ['self', 'peer', 'org']

function readRoute() {
  const params = Taro.getCurrentInstance()?.router?.params
  const source = routeParam(params, 'source') as RaterSource
  return {
    periodId: routeParam(params, 'periodId'),
    memberId: routeParam(params, 'memberId'),
    source: RATER_SOURCES.includes(source) ? source : null
  }
}

/** The rubric's aspects with only the rated items this source scores. */
function aspectsFor(rubric: Rubric, source: RaterSource) {
  return rubric.aspects
    .map((a) => ({
      ...a,
      items: a.items.filter((i) => i.scoring === 'rated' && (i.sources ?? ['self', 'peer', 'masses', 'org']).includes(source))
    }))
    .filter((a) => a.items.length > 0)
}

/** One rating: a member × a source (自评, 互评, 组织考评), prefilled with the caller's own saved rating,
 * or with the draft left on the phone when the page was closed before saving. */
export default function RatePage() {
  const [route] = useState(readRoute)
  const { data, error, reload } = useCloudLoad(async () => {
    if (!route.periodId || !route.memberId || !route.source) throw new CloudError('BAD_ROUTE', '页面参数不完整，请从“我的考评”进入')
    return assessment.rateTargets(route.periodId)
  })

  if (!data) {
    return (
      <View className='page'>
        <StatusView loading={!error} error={error} onRetry={route.periodId ? reload : undefined} />
      </View>
    )
  }
  const target = data.targets.find((t) => t.memberId === route.memberId && t.source === route.source)
  if (!target || !route.source) {
    return (
      <View className='page'>
        <StatusView error='您不需要为该党员进行这项评分' />
      </View>
    )
  }
  const same = data.targets.filter((t) => t.source === route.source)
  return (
    <RateForm
      period={data.period}
      rubric={data.rubric}
      target={target}
      source={route.source}
      done={same.filter((t) => t.mine).length}
      of={same.length}
    />
  )
}

const itemAnchor = (id: string) => `rate-item-${id}`
const bonusAnchor = (id: string) => `rate-bonus-${id}`

/** The caller's saved rating as the form's fields. */
function savedState(target: RateTarget): Required<RateDraft> {
  const mine = target.mine
  return {
    values: scoresToText(mine?.scores),
    unknown: unknownOf(mine?.scores),
    bonus: scoresToText(mine?.bonus),
    vetoes: mine?.vetoes ?? [],
    comment: mine?.comment ?? ''
  }
}

/** What the form starts from: the draft left on the phone if there is one, else the saved rating. */
function startFrom(target: RateTarget, draftKey: string): { draft: boolean; state: Required<RateDraft> } {
  const d = readStored<RateDraft>(draftKey)
  if (!d || typeof d.values !== 'object' || typeof d.unknown !== 'object') return { draft: false, state: savedState(target) }
  return {
    draft: true,
    state: { values: d.values, unknown: d.unknown, bonus: d.bonus ?? {}, vetoes: d.vetoes ?? [], comment: d.comment ?? '' }
  }
}

/**
 * The form, mounted once the saved rating is known so every field starts with its value (a rater may change it until close).
 * Quick fills per person (全部满分, 同上期, 同上一位), 不了解 for peers, the count of answered items at the
 * bottom next to the button, a draft written on every change, and the page scrolled to the first error.
 */
function RateForm(props: { period: Period; rubric: Rubric; target: RateTarget; source: RaterSource; done: number; of: number }) {
  const { period, rubric, target, source } = props
  const draftKey = rateDraftKey(period._id, source, target.memberId)
  const [start] = useState(() => startFrom(target, draftKey))
  const [fill, setFill] = useState<FormFill>({ values: start.state.values, unknown: start.state.unknown })
  const [bonus, setBonus] = useState<Record<string, string>>(start.state.bonus)
  const [vetoes, setVetoes] = useState<string[]>(start.state.vetoes)
  const [comment, setComment] = useState(start.state.comment)
  const [restored, setRestored] = useState(start.draft)
  const [errors, setErrors] = useState<Record<string, string>>({})
  const [message, setMessage] = useState<string | null>(null)
  const [savedAt, setSavedAt] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  const [previous] = useState(() => readStored<LastRated>(lastRatedKey(period._id, source)))
  const aspects = useMemo(() => aspectsFor(rubric, source), [rubric, source])
  const touched = useRef(false)

  const open = canRate(period, Date.now(), source)
  const items: RubricItem[] = aspects.flatMap((a) => a.items)
  const isOrg = source === 'org'
  const canUnknown = UNKNOWN_SOURCES.includes(source)
  const answered = answeredCount(items, fill)
  const unknownCount = items.filter((i) => fill.unknown[i.id]).length
  const done = props.done + (savedAt && !target.mine ? 1 : 0)

  // Save as you go: every change after the form opened is kept on the phone until the server has it.
  useEffect(() => {
    if (touched.current && open) writeStored(draftKey, { ...fill, bonus, vetoes, comment } satisfies RateDraft)
  }, [fill, bonus, vetoes, comment, draftKey, open])

  // Setters and a ref only: the same function on every render, like the field handlers (useScoreEdits).
  const changed = useCallback(() => {
    touched.current = true
    setMessage(null)
    setSavedAt(null)
  }, [])
  const { editScore, setUnknown, clearError } = useScoreEdits(setFill, setErrors, changed)
  const editBonus = useCallback(
    (id: string, v: string) => {
      setBonus((prev) => ({ ...prev, [id]: v }))
      clearError(id)
      changed()
    },
    [clearError, changed]
  )
  /** A quick fill replaces the scored items (not the bonus, vetoes or comment). */
  const quick = (next: FormFill) => {
    setFill(next)
    setErrors({})
    changed()
  }

  const toggleVeto = (id: string) => {
    if (!open) return
    setVetoes((prev) => (prev.includes(id) ? prev.filter((v) => v !== id) : [...prev, id]))
    changed()
  }

  const dropDraft = () => {
    removeStored(draftKey)
    const saved = savedState(target)
    setFill({ values: saved.values, unknown: saved.unknown })
    setBonus(saved.bonus)
    setVetoes(saved.vetoes)
    setComment(saved.comment)
    setRestored(false)
    setErrors({})
    touched.current = false
  }

  const submit = async () => {
    const checked = checkScores(items, fill.values, true, canUnknown ? fill.unknown : {})
    const checkedBonus = isOrg ? checkScores(rubric.bonusItems, bonus, false) : ({ ok: true, scores: {} } as const)
    if (!checked.ok || !checkedBonus.ok) {
      setErrors({ ...(checked.ok ? {} : checked.errors), ...(checkedBonus.ok ? {} : checkedBonus.errors) })
      setMessage(!checked.ok ? checked.message : !checkedBonus.ok ? checkedBonus.message : null)
      jumpTo(!checked.ok ? itemAnchor(checked.first) : bonusAnchor((checkedBonus as { first: string }).first))
      return
    }
    setBusy(true)
    setMessage(null)
    try {
      const note = comment.trim()
      const res = await assessment.rate(period._id, source, target.memberId, {
        scores: checked.scores,
        ...(isOrg ? { bonus: checkedBonus.scores as Record<string, number>, vetoes } : {}),
        ...(note ? { comment: note } : {})
      })
      removeStored(draftKey)
      touched.current = false
      setRestored(false)
      writeStored(lastRatedKey(period._id, source), {
        memberId: target.memberId,
        name: target.name,
        scores: checked.scores
      } satisfies LastRated)
      setSavedAt(res.updatedAt)
      Taro.eventCenter.trigger(RATED_EVENT, { periodId: period._id, memberId: target.memberId, source })
    } catch (e) {
      setMessage(errorMessage(e))
    } finally {
      setBusy(false)
    }
  }

  const who = source === 'self' ? '我的自评' : `${TASK_SOURCE_LABEL[source]}：${target.name}`
  const last = target.last
  const lastPerson = previous && previous.memberId !== target.memberId ? previous : null

  return (
    <View className='page rate'>
      <View className='rate__head'>
        <Text className='rate__title'>{who}</Text>
        <Text className='rate__period'>
          {period.orgName} · {period.name}
        </Text>
        <Text className='rate__deadline'>
          {open
            ? `评分截止 ${cstWhen(period.ratingDeadline, Date.now())}（北京时间）· ${countdown(period.ratingDeadline, Date.now())}`
            : '评分已截止，不能再修改'}
        </Text>
        {source !== 'self' ? (
          <Text className='rate__progress'>
            {TASK_SOURCE_LABEL[source]}进度：已评 {done}/{props.of} 人
          </Text>
        ) : null}
        {restored ? (
          <View className='rate__draft'>
            <Text>已恢复上次未提交的填写</Text>
            <Text className='rate__link' aria-role='button' onClick={dropDraft}>
              {target.mine ? '改回已保存的评分' : '清空重填'}
            </Text>
          </View>
        ) : target.mine ? (
          <Text className='rate__mine'>已评过，可修改后重新保存</Text>
        ) : null}
        {canUnknown && open ? <Text className='rate__hint'>不了解的项目请点“不了解”，该项不计入您的评价</Text> : null}
      </View>

      {open ? (
        <View className='rate__quick'>
          <View className='rate__chip' aria-role='button' onClick={() => quick(fullMarks(items))}>
            全部满分
          </View>
          {last ? (
            <View className='rate__chip' aria-role='button' onClick={() => quick(fillFrom(items, last.scores))}>
              同上期（{last.periodName}）
            </View>
          ) : null}
          {lastPerson ? (
            <View className='rate__chip' aria-role='button' onClick={() => quick(fillFrom(items, lastPerson.scores))}>
              同上一位（{lastPerson.name}）
            </View>
          ) : null}
        </View>
      ) : null}

      {aspects.map((a) => (
        <View key={a.id} className='rate__aspect'>
          <Text className='rate__aspect-name'>{a.name}</Text>
          {a.items.map((item) => (
            <View key={item.id} id={itemAnchor(item.id)} className='rate__item' data-item={item.id}>
              <View className='rate__item-head'>
                <Text className='rate__item-name'>{item.name}</Text>
                <Text className='rate__item-max'>满分 {item.max}</Text>
              </View>
              <Text className='rate__criteria'>{item.criteria}</Text>
              <ScoreInput
                id={item.id}
                label={item.name}
                value={fill.values[item.id] ?? ''}
                max={item.max}
                invalid={!!errors[item.id]}
                disabled={!open}
                unknown={canUnknown && !!fill.unknown[item.id]}
                onChange={editScore}
                onUnknown={canUnknown ? setUnknown : undefined}
              />
              {errors[item.id] ? <Text className='rate__item-error'>{errors[item.id]}</Text> : null}
            </View>
          ))}
        </View>
      ))}

      {isOrg && rubric.bonusItems.length ? (
        <View className='rate__aspect'>
          <Text className='rate__aspect-name'>加分项</Text>
          <Text className='rate__hint'>不加分可不填；加分合计最多 {rubric.bonusCap} 分</Text>
          {rubric.bonusItems.map((b) => (
            <View key={b.id} id={bonusAnchor(b.id)} className='rate__item' data-bonus={b.id}>
              <View className='rate__item-head'>
                <Text className='rate__item-name'>{b.name}</Text>
                <Text className='rate__item-max'>最多 {b.max}</Text>
              </View>
              <Text className='rate__criteria'>{b.criteria}</Text>
              <ScoreInput
                id={b.id}
                label={b.name}
                value={bonus[b.id] ?? ''}
                max={b.max}
                invalid={!!errors[b.id]}
                disabled={!open}
                onChange={editBonus}
              />
              {errors[b.id] ? <Text className='rate__item-error'>{errors[b.id]}</Text> : null}
            </View>
          ))}
        </View>
      ) : null}

      {isOrg && rubric.vetoItems.length ? (
        <View className='rate__aspect'>
          <Text className='rate__aspect-name'>否决项</Text>
          <Text className='rate__hint'>符合任一项，总分最高 {rubric.vetoCeiling} 分（灰旗）</Text>
          {rubric.vetoItems.map((v) => {
            const on = vetoes.includes(v.id)
            return (
              <View
                key={v.id}
                className={cx('rate__veto', on && 'rate__veto--on')}
                aria-role='checkbox'
                aria-checked={on ? 'true' : 'false'}
                data-veto={v.id}
                onClick={() => toggleVeto(v.id)}
              >
                <Text className='rate__veto-box'>{on ? '✓' : ''}</Text>
                <View className='rate__veto-text'>
                  <Text className='rate__veto-name'>{v.name}</Text>
                  <Text className='rate__criteria'>{v.criteria}</Text>
                </View>
              </View>
            )
          })}
        </View>
      ) : null}

      {open ? (
        <View className='rate__aspect'>
          <Text className='rate__aspect-name'>评语（可不填）</Text>
          <Textarea
            className='rate__comment'
            placeholder='简要写明主要优点和不足'
            value={comment}
            maxlength={200}
            onInput={(e) => {
              setComment(e.detail.value)
              changed()
            }}
          />
        </View>
      ) : null}

      {open ? (
        <View className='rate__bar'>
          <Text className='rate__count'>
            已填 {answered}/{items.length} 项{unknownCount ? `（不了解 ${unknownCount} 项）` : ''}
          </Text>
          {message ? <Text className='rate__error'>{message}</Text> : null}
          {savedAt ? <Text className='rate__ok'>已保存（{cstWhen(savedAt, Date.now())}），截止前仍可修改</Text> : null}
          <BigButton primary loading={busy} onTap={submit}>
            {target.mine || savedAt ? '保存修改' : '提交评分'}
          </BigButton>
        </View>
      ) : null}
    </View>
  )
}
