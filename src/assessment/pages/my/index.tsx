import { useEffect, useState } from 'react'
import Taro from '@tarojs/taro'
import { View, Text } from '@tarojs/components'
import type { MyPeriod, Period, RateTarget, Source } from '@shared/assessment/api'
import type { TodoItem } from '@shared/member/api'
import { caller, TODO_FRESH_MS } from '@/core/caller'
import { openPage } from '@/core/nav'
import { useCloudLoad } from '@/core/useCloudLoad'
import { assessment, RATED_EVENT } from '@/assessment/service'
import { boardPage, ratePage, resultPage } from '@/assessment/routes'
import { periodPage } from '@/assessment/orgRoutes'
import { canRate, countdown, cstWhen, groupTasks, rankText } from '@/assessment/period'
import { PERIOD_STATUS_FOR_MEMBER } from '@shared/assessment/labels'
import { formatTotal } from '@/assessment/score'
import { periodTodo } from '@/assessment/todo'
import FlagTag from '@/core/components/FlagTag'
import StatusView from '@/core/components/StatusView'
import Tag from '@/core/components/Tag'
import TodoList from '@/core/components/TodoList'
import { cx } from '@/core/components/cx'
import './index.css'

/** A period on the page: what myPeriods answers for it. */
type PeriodCard = MyPeriod

async function loadCards(): Promise<{ name: string; cards: PeriodCard[]; todo: TodoItem[] }> {
  // The session's caller (a fresh one if old: its to-do shows on the cards) and one call for every period.
  const [who, { periods }] = await Promise.all([caller({ maxAgeMs: TODO_FRESH_MS }), assessment.myPeriods()])
  return { name: who.member?.name ?? '', cards: periods, todo: who.todo ?? [] }
}

type Rated = { periodId: string; memberId: string; source: Source }
const ratedKey = (r: Rated) => `${r.periodId}:${r.source}:${r.memberId}`

/** Targets with the ratings saved since the page loaded marked done (the form says so; no reload). */
function withRated(periodId: string, targets: RateTarget[], rated: ReadonlySet<string>): RateTarget[] {
  return targets.map((t) => (!t.mine && rated.has(ratedKey({ periodId, ...t })) ? { ...t, mine: { scores: {} } } : t))
}

function Tasks(props: { period: Period; targets: RateTarget[]; now: number }) {
  const groups = groupTasks(props.targets)
  // Per source: after a close the organisation may still complete its ratings (until compute).
  const open = (source: RateTarget['source']) => canRate(props.period, props.now, source)
  if (!groups.length) return <Text className='my__note'>本期没有需要您评分的对象</Text>
  return (
    <View>
      {groups.map((g) => (
        <View key={g.source} className='my__group' data-source={g.source}>
          <View className='my__group-head'>
            <Text className='my__group-name'>{g.label}</Text>
            <Text className='my__group-count'>
              已完成 {g.done}/{g.targets.length}
            </Text>
          </View>
          {g.targets.map((t) => (
            <View
              key={`${t.source}:${t.memberId}`}
              className='my__task'
              hoverClass='my__task--pressed'
              aria-role='button'
              onClick={() => openPage(ratePage(props.period._id, t.memberId, t.source))}
            >
              <Text className='my__task-name'>{t.source === 'self' ? `${t.name}（本人）` : t.name}</Text>
              <Text className={cx('my__task-state', t.mine ? 'my__task-state--done' : !open(t.source) && 'my__task-state--missed')}>
                {t.mine ? (open(t.source) ? '已评 · 可修改' : '已评') : open(t.source) ? '未评 ›' : '未评'}
              </Text>
            </View>
          ))}
        </View>
      ))}
    </View>
  )
}

/** 我的考评: my periods; rating tasks (自评, 互评, 组织考评) with their deadline; my result once published. */
export default function MyAssessPage() {
  const { data, error, reload } = useCloudLoad(loadCards)
  // A rating saved on the form (a page above this one) shows here as done when the rater comes back,
  // without reloading this hidden page.
  const [rated, setRated] = useState<ReadonlySet<string>>(() => new Set())
  useEffect(() => {
    const onRated = (r?: Rated) => {
      if (r?.periodId) setRated((prev) => new Set(prev).add(ratedKey(r)))
      else reload()
    }
    Taro.eventCenter.on(RATED_EVENT, onRated)
    return () => {
      Taro.eventCenter.off(RATED_EVENT, onRated)
    }
  }, [reload])

  if (!data) {
    return (
      <View className='page'>
        <StatusView loading={!error} error={error} onRetry={reload} />
      </View>
    )
  }

  const now = Date.now()
  return (
    <View className='page my'>
      <Text className='page__heading'>我的考评</Text>
      <Text className='page__sub'>党员量化考评：个人自评、党员互评、群众参评、组织考评，结果公布后在评比台挂旗。</Text>
      {error ? <StatusView error={error} onRetry={reload} /> : null}
      {data.cards.length === 0 ? <Text className='my__empty'>暂无考评。支部开启考评后会显示在这里。</Text> : null}
      {data.cards.map(({ period, desk, targets, result }) => (
        <View key={period._id} className='my__period' data-period={period._id}>
          <View className='my__period-head'>
            <Text className='my__period-name'>{period.name}</Text>
            <Tag tone={period.status === 'rating' ? 'red' : period.status === 'published' ? 'blue' : 'plain'}>
              {PERIOD_STATUS_FOR_MEMBER[period.status]}
            </Tag>
          </View>
          <Text className='my__org'>{period.orgName}</Text>
          {period.status === 'rating' ? (
            <Text className='my__deadline'>
              评分截止 {cstWhen(period.ratingDeadline, now)}（北京时间）· {countdown(period.ratingDeadline, now)}
            </Text>
          ) : null}
          <TodoList entries={periodTodo(data.todo, period._id)} />
          {targets ? <Tasks period={period} targets={withRated(period._id, targets, rated)} now={now} /> : null}
          {period.status === 'closed' ? <Text className='my__note'>评分已截止，等待支部书记审核公布结果。</Text> : null}
          {result ? (
            <View className='my__result' hoverClass='my__task--pressed' aria-role='button' onClick={() => openPage(resultPage(period._id))}>
              <Text className='my__result-total'>{formatTotal(result.total)} 分</Text>
              <FlagTag flag={result.flag} />
              <Text className='my__result-rank'>{rankText(result.rank, period.memberIds.length)}</Text>
              <Text className='my__result-more'>查看详情 ›</Text>
            </View>
          ) : null}
          {period.status === 'published' ? (
            <View className='my__link' aria-role='button' onClick={() => openPage(boardPage(period._id))}>
              评比台 ›
            </View>
          ) : null}
          {desk ? (
            <View className='my__link' aria-role='button' onClick={() => openPage(periodPage(period._id))}>
              支部考评工作台（进度、结果、谈话）›
            </View>
          ) : null}
        </View>
      ))}
    </View>
  )
}
