import { useMemo, useState } from 'react'
import Taro from '@tarojs/taro'
import { View, Text, Textarea } from '@tarojs/components'
import type { Period, RateTarget, Rubric, RubricItem, Source } from '@shared/assessment/api'
import { CloudError, errorMessage } from '@/core/cloud'
import { useCloudLoad } from '@/core/useCloudLoad'
import { assessment, RATED_EVENT, routeParam } from '@/assessment/service'
import { checkScores, scoresToText } from '@/assessment/score'
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

/** One rating: a member × a source (自评, 互评, 组织考评), prefilled with the caller's own saved rating. */
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
  return <RateForm period={data.period} rubric={data.rubric} target={target} source={route.source} />
}

/** The form, mounted once the saved rating is known so every field starts with its value (a rater may change it until close). */
function RateForm(props: { period: Period; rubric: Rubric; target: RateTarget; source: RaterSource }) {
  const { period, rubric, target, source } = props
  const [values, setValues] = useState<Record<string, string>>(() => scoresToText(target.mine?.scores))
  const [bonus, setBonus] = useState<Record<string, string>>(() => scoresToText(target.mine?.bonus))
  const [vetoes, setVetoes] = useState<string[]>(() => target.mine?.vetoes ?? [])
  const [comment, setComment] = useState(() => target.mine?.comment ?? '')
  const [errors, setErrors] = useState<Record<string, string>>({})
  const [message, setMessage] = useState<string | null>(null)
  const [savedAt, setSavedAt] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  const aspects = useMemo(() => aspectsFor(rubric, source), [rubric, source])

  const open = canRate(period, Date.now())
  const items: RubricItem[] = aspects.flatMap((a) => a.items)
  const isOrg = source === 'org'

  const edit = (setter: typeof setValues, id: string) => (v: string) => {
    setter((prev) => ({ ...prev, [id]: v }))
    setErrors((prev) => {
      const { [id]: _gone, ...rest } = prev
      return rest
    })
    setMessage(null)
    setSavedAt(null)
  }

  const toggleVeto = (id: string) => {
    if (!open) return
    setVetoes((prev) => (prev.includes(id) ? prev.filter((v) => v !== id) : [...prev, id]))
    setSavedAt(null)
  }

  const submit = async () => {
    const checked = checkScores(items, values)
    const checkedBonus = isOrg ? checkScores(rubric.bonusItems, bonus, false) : ({ ok: true, scores: {} } as const)
    if (!checked.ok || !checkedBonus.ok) {
      setErrors({ ...(checked.ok ? {} : checked.errors), ...(checkedBonus.ok ? {} : checkedBonus.errors) })
      setMessage(!checked.ok ? checked.message : !checkedBonus.ok ? checkedBonus.message : null)
      return
    }
    setBusy(true)
    setMessage(null)
    try {
      const note = comment.trim()
      const res = await assessment.rate(period._id, source, target.memberId, {
        scores: checked.scores,
        ...(isOrg ? { bonus: checkedBonus.scores, vetoes } : {}),
        ...(note ? { comment: note } : {})
      })
      setSavedAt(res.updatedAt)
      Taro.eventCenter.trigger(RATED_EVENT, { periodId: period._id, memberId: target.memberId, source })
    } catch (e) {
      setMessage(errorMessage(e))
    } finally {
      setBusy(false)
    }
  }

  const who = source === 'self' ? '我的自评' : `${TASK_SOURCE_LABEL[source]}：${target.name}`

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
        {target.mine ? <Text className='rate__mine'>已评过，可修改后重新保存</Text> : null}
      </View>

      {aspects.map((a) => (
        <View key={a.id} className='rate__aspect'>
          <Text className='rate__aspect-name'>{a.name}</Text>
          {a.items.map((item) => (
            <View key={item.id} className='rate__item' data-item={item.id}>
              <View className='rate__item-head'>
                <Text className='rate__item-name'>{item.name}</Text>
                <Text className='rate__item-max'>满分 {item.max}</Text>
              </View>
              <Text className='rate__criteria'>{item.criteria}</Text>
              <ScoreInput
                label={item.name}
                value={values[item.id] ?? ''}
                max={item.max}
                invalid={!!errors[item.id]}
                disabled={!open}
                onChange={edit(setValues, item.id)}
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
            <View key={b.id} className='rate__item' data-bonus={b.id}>
              <View className='rate__item-head'>
                <Text className='rate__item-name'>{b.name}</Text>
                <Text className='rate__item-max'>最多 {b.max}</Text>
              </View>
              <Text className='rate__criteria'>{b.criteria}</Text>
              <ScoreInput
                label={b.name}
                value={bonus[b.id] ?? ''}
                max={b.max}
                invalid={!!errors[b.id]}
                disabled={!open}
                onChange={edit(setBonus, b.id)}
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
            onInput={(e) => setComment(e.detail.value)}
          />
        </View>
      ) : null}

      {message ? <Text className='rate__error'>{message}</Text> : null}
      {savedAt ? <Text className='rate__ok'>已保存（{cstWhen(savedAt, Date.now())}），截止前仍可修改</Text> : null}
      {open ? (
        <BigButton primary loading={busy} onTap={submit}>
          {target.mine || savedAt ? '保存修改' : '提交评分'}
        </BigButton>
      ) : null}
    </View>
  )
}
