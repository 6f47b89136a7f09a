import { useState } from 'react'
import Taro from '@tarojs/taro'
import { View, Text, Textarea } from '@tarojs/components'
import { SOURCES, SOURCE_LABEL, type Objection, type Rubric, type Talk } from '@shared/assessment/api'
import { countedUntilNote } from '@shared/assessment/derived'
import { CloudError, errorMessage } from '@/core/cloud'
import { openPage } from '@/core/nav'
import { useCloudLoad } from '@/core/useCloudLoad'
import { assessment, routeParam } from '@/assessment/service'
import { boardPage } from '@/assessment/routes'
import { cstDateText, cstWhen, publicityOpen, rankText } from '@/assessment/period'
import { OBJECTION_STATUS_LABEL, TALK_STATUS_LABEL } from '@shared/assessment/labels'
import { formatScore, formatTotal, NO_DATA_TEXT, rescaleText } from '@/assessment/score'
// Same component order as the other pages: the weapp build merges their styles into one common file.
import Cell from '@/core/components/Cell'
import CellGroup from '@/core/components/CellGroup'
import FlagTag from '@/core/components/FlagTag'
import StatusView from '@/core/components/StatusView'
import BigButton from '@/core/components/BigButton'
import Tag from '@/core/components/Tag'
import AspectBars from '@/assessment/components/AspectBars'
import './index.css'

const REASON_MAX = 500

function readRoute() {
  const params = Taro.getCurrentInstance()?.router?.params
  return { periodId: routeParam(params, 'periodId'), memberId: routeParam(params, 'memberId') }
}

/** Item names come from the period's frozen rubric; without it the ids are shown. */
function itemNames(rubric: Rubric | null): Record<string, string> {
  const names: Record<string, string> = {}
  for (const a of rubric?.aspects ?? []) for (const i of a.items) names[i.id] = i.name
  return names
}

/**
 * A member's result: total, flag, rank, each aspect against the branch average, per-source
 * summaries (counts only, never who), item details; for the member themself the objection form
 * during the publicity window and the talk with its acknowledgement.
 */
export default function ResultPage() {
  const [route] = useState(readRoute)
  const { data, error, reload } = useCloudLoad(async () => {
    if (!route.periodId) throw new CloudError('BAD_ROUTE', '缺少考评期编号，请从“我的考评”进入')
    // One call: the result comes with its frozen rubric (the item names).
    return assessment.memberResult(route.periodId, route.memberId || undefined)
  })
  // What the member did here (an objection filed, a talk acknowledged) over what the load answered, until
  // the next load. Derived in the render: an effect copying the load into state left a frame showing the
  // result without its objection and talk.
  const [filed, setFiled] = useState<{ load: unknown; objection: Objection } | null>(null)
  const [acked, setAcked] = useState<{ load: unknown; talk: Talk } | null>(null)
  const [reason, setReason] = useState('')
  const [objError, setObjError] = useState<string | null>(null)
  const [objBusy, setObjBusy] = useState(false)
  const [objFiled, setObjFiled] = useState(false)
  const [ackError, setAckError] = useState<string | null>(null)
  const [ackBusy, setAckBusy] = useState(false)

  if (!data) {
    return (
      <View className='page'>
        <StatusView loading={!error} error={error} onRetry={route.periodId ? reload : undefined} />
      </View>
    )
  }

  const { period, result, averages, rubric } = data
  const objection = filed?.load === data ? filed.objection : data.objection
  const talk = acked?.load === data ? acked.talk : data.talk
  const own = !route.memberId
  const now = Date.now()
  const windowOpen = publicityOpen(period, now)
  const names = itemNames(rubric)
  const canObject = own && windowOpen && (!objection || objection.status === 'pending')
  // Computed before the period was over: activities still to come were left out, not counted as absences.
  const cutoff = result.items.some((i) => i.basis !== 'rated') ? countedUntilNote(period.to, new Date(result.computedAt)) : null

  const fileObjection = async () => {
    const text = reason.trim()
    if (!text) {
      setObjError('请写明异议理由')
      return
    }
    if (text.length > REASON_MAX) {
      setObjError(`异议理由请控制在 ${REASON_MAX} 字以内`)
      return
    }
    setObjBusy(true)
    setObjError(null)
    try {
      const res = await assessment.fileObjection(period._id, text)
      setFiled({ load: data, objection: res.objection })
      setReason('')
      setObjFiled(true)
    } catch (e) {
      setObjError(errorMessage(e))
    } finally {
      setObjBusy(false)
    }
  }

  const acknowledge = async () => {
    if (!talk) return
    setAckBusy(true)
    setAckError(null)
    try {
      setAcked({ load: data, talk: (await assessment.ackTalk(talk._id)).talk })
    } catch (e) {
      setAckError(errorMessage(e))
    } finally {
      setAckBusy(false)
    }
  }

  return (
    <View className='page result'>
      <View className='result__head'>
        <Text className='result__name'>{result.name}</Text>
        <Text className='result__period'>
          {period.orgName} · {period.name}
        </Text>
        <View className='result__score'>
          <Text className='result__total'>{formatTotal(result.total)}</Text>
          <Text className='result__unit'>分</Text>
          <FlagTag flag={result.flag} large />
        </View>
        <Text className='result__rank'>{rankText(result.rank, period.memberIds.length)}</Text>
        {rescaleText(result.items) ? <Text className='result__extra'>{rescaleText(result.items)}</Text> : null}
        {cutoff ? <Text className='result__extra result__cutoff'>{cutoff}</Text> : null}
        {result.bonus > 0 ? <Text className='result__extra'>含加分 {formatScore(result.bonus)} 分</Text> : null}
        {result.vetoes.length ? <Text className='result__veto'>否决项：{result.vetoes.join('、')}（总分按上限计）</Text> : null}
        {period.status !== 'published' ? <Text className='result__draft'>结果尚未公布，仅供审核</Text> : null}
      </View>

      <Text className='result__section'>各方面得分与支部平均</Text>
      <AspectBars aspects={result.aspects} averages={averages} />

      <CellGroup title='四方评价（只显示人数，不显示评价人）'>
        {SOURCES.map((s) => {
          const sum = result.sources[s]
          return (
            <Cell key={s} label={SOURCE_LABEL[s]}>
              <Text className='result__source' data-source={s}>
                {sum && sum.score !== null ? `${formatScore(sum.score)}/${formatScore(sum.max)}` : sum?.note ? '' : '未参评'}
                {sum && sum.raters > 0 && s !== 'self' ? `${sum.score !== null ? ' · ' : ''}${sum.raters} 人评价` : ''}
              </Text>
              {/* Fewer than 3 peer/masses raters: the server withholds the score so no one rating can be read. */}
              {sum?.note ? <Text className='result__source-note'>{sum.note}</Text> : null}
            </Cell>
          )
        })}
      </CellGroup>

      <Text className='result__section'>各项得分</Text>
      <View className='result__items'>
        {result.aspects.map((a) => (
          <View key={a.aspectId} className='result__aspect'>
            <Text className='result__aspect-name'>{a.name}</Text>
            {result.items
              .filter((i) => i.aspectId === a.aspectId)
              .map((i) => (
                <View key={i.itemId} className='result__item' data-item={i.itemId}>
                  <View className='result__item-line'>
                    <Text className='result__item-name'>{names[i.itemId] ?? i.itemId}</Text>
                    <Text className='result__item-score'>
                      {i.basis === 'noData' ? '—' : `${formatScore(i.score)}/${formatScore(i.max)}`}
                    </Text>
                  </View>
                  {i.basis === 'rated' ? (
                    <Text className='result__item-note'>
                      {SOURCES.filter((s) => typeof i.sourceMeans?.[s] === 'number')
                        .map((s) => `${SOURCE_LABEL[s]} ${formatScore(i.sourceMeans?.[s] as number)}`)
                        .join(' · ')}
                    </Text>
                  ) : (
                    <Text className='result__item-note'>{i.basis === 'noData' ? (i.note ?? NO_DATA_TEXT) : (i.note ?? '')}</Text>
                  )}
                </View>
              ))}
          </View>
        ))}
      </View>

      {own && period.status === 'published' ? (
        <View className='result__block'>
          <Text className='result__block-title'>异议</Text>
          {period.publicityEndsAt ? (
            <Text className='result__hint'>
              {windowOpen
                ? `公示期至 ${cstWhen(period.publicityEndsAt, now)}（北京时间），对结果有异议可提出，书记会答复。`
                : '公示期已结束，不能再提出异议。'}
            </Text>
          ) : null}
          {objection ? (
            <View className='result__objection'>
              <Text className='result__objection-status'>{OBJECTION_STATUS_LABEL[objection.status]}</Text>
              <Text className='result__objection-text'>我的理由：{objection.reason}</Text>
              <Text className='result__objection-time'>提出于 {cstWhen(objection.filedAt, now)}</Text>
              {objection.answer ? <Text className='result__objection-answer'>书记答复：{objection.answer}</Text> : null}
            </View>
          ) : null}
          {objFiled ? <Text className='result__ok'>异议已提交，等待书记答复</Text> : null}
          {canObject ? (
            <View>
              <Textarea
                className='result__reason'
                placeholder={objection ? '修改异议理由（将替换上面的理由）' : '请写明异议理由'}
                value={reason}
                maxlength={REASON_MAX}
                onInput={(e) => setReason(e.detail.value)}
              />
              {objError ? <Text className='result__error'>{objError}</Text> : null}
              <BigButton loading={objBusy} onTap={fileObjection}>
                {objection ? '重新提交异议' : '提出异议'}
              </BigButton>
            </View>
          ) : null}
        </View>
      ) : null}

      {talk ? (
        <View className='result__block'>
          <Text className='result__block-title'>谈话</Text>
          <View className='result__talk-status'>
            <Tag tone={talk.status === 'acknowledged' ? 'plain' : 'warn'}>{TALK_STATUS_LABEL[talk.status]}</Tag>
            {talk.overdue && talk.status === 'assigned' ? <Tag tone='red'>已超期</Tag> : null}
          </View>
          <Cell label='谈话人' value={talk.talkerName} />
          {talk.status === 'assigned' ? <Cell label='应于' value={`${cstWhen(talk.dueAt, now)} 前`} /> : null}
          {talk.record ? (
            <View className='result__record'>
              <Cell label='谈话日期' value={cstDateText(talk.record.date)} />
              <Cell label='存在问题' value={talk.record.problems} />
              <Cell label='差距不足' value={talk.record.shortfalls} />
              <Cell label='整改方向' value={talk.record.plan} />
            </View>
          ) : null}
          {talk.acknowledgedAt ? <Text className='result__ok'>已于 {cstWhen(talk.acknowledgedAt, now)} 确认谈话记录</Text> : null}
          {ackError ? <Text className='result__error'>{ackError}</Text> : null}
          {own && talk.status === 'recorded' ? (
            <BigButton primary loading={ackBusy} onTap={acknowledge}>
              确认谈话记录
            </BigButton>
          ) : null}
        </View>
      ) : null}

      {period.status === 'published' ? <BigButton onTap={() => openPage(boardPage(period._id))}>查看评比台</BigButton> : null}
    </View>
  )
}
