import { useState } from 'react'
import Taro from '@tarojs/taro'
import { View, Text } from '@tarojs/components'
import { CHECK_STATUS_LABEL, QUEUE_STATUS_LABEL, type CheckStatus, type QueueStatus, type ReviewQueue } from '@shared/commitment/api'
import { CloudError } from '@/core/cloud'
import { caller } from '@/core/caller'
import { openPage } from '@/core/nav'
import { useCloudLoad } from '@/core/useCloudLoad'
import { routeParam } from '@/assessment/service'
import { commitment } from '@/commitment/service'
import { reviewPage, tasksPage, wallPage } from '@/commitment/routes'
import { STATUS_TONE, behind, behindReason, checkLabel, reviewOrgIds, windowLabel } from '@/commitment/view'
import StatusView from '@/core/components/StatusView'
import Tag from '@/core/components/Tag'
import Chips from '@/core/components/Chips'
import './index.css'

const STATUSES: QueueStatus[] = ['missing', 'draft', 'submitted', 'returned', 'approved']
const CHECKS: Array<CheckStatus | 'missing'> = ['missing', 'submitted', 'returned', 'accepted']

interface Loaded {
  queue: ReviewQueue
  orgs: Array<{ id: string; name: string }>
}

/** The org the queue is for: ?orgId=, else the first org the caller reviews (the session's caller: no call). */
async function load(): Promise<Loaded> {
  const who = await caller()
  if (!who.bound) throw new CloudError('NOT_BOUND', '请先绑定党员身份')
  const ids = reviewOrgIds(who.roles, who.orgs)
  const orgId = routeParam(Taro.getCurrentInstance()?.router?.params, 'orgId') || ids[0]
  if (!orgId) throw new CloudError('FORBIDDEN', '只有支部书记、副书记和支委委员可以审核承诺卡')
  const queue = await commitment.reviewQueue(orgId)
  return { queue, orgs: ids.map((id) => ({ id, name: who.orgs?.[id]?.name ?? id })) }
}

/**
 * 承诺卡审核 (a branch's secretary, deputy, committee members; group leaders where allowed): counts by status and
 * of the quarter's self-checks, who is behind, every member's card → the review page. Links to X tasks and the wall.
 */
export default function ReviewQueuePage() {
  const { data, error, reload } = useCloudLoad(load)
  const [filter, setFilter] = useState<QueueStatus | 'behind' | 'checks' | null>(null)

  if (!data) {
    return (
      <View className='page'>
        <StatusView loading={!error} error={error} onRetry={reload} />
      </View>
    )
  }
  const { queue } = data
  const late = behind(queue.rows)
  const rows =
    filter === 'behind'
      ? late
      : filter === 'checks'
        ? queue.rows.filter((r) => r.check === 'submitted')
        : filter
          ? queue.rows.filter((r) => r.status === filter)
          : queue.rows

  return (
    <View className='page cm-queue'>
      <Text className='page__heading'>{queue.year}年承诺卡审核</Text>
      {data.orgs.length > 1 ? (
        <Chips
          options={data.orgs.map((o) => ({ value: o.id, label: o.name }))}
          isOn={(id) => id === queue.orgId}
          onTap={(id) => Taro.redirectTo({ url: `/commitment/pages/queue/index?orgId=${encodeURIComponent(id)}` })}
        />
      ) : null}
      <View className='cm-queue__counts'>
        {STATUSES.map((s) => (
          <View
            key={s}
            className={`cm-queue__count${filter === s ? ' cm-queue__count--on' : ''}`}
            data-status={s}
            aria-role='button'
            onClick={() => setFilter(filter === s ? null : s)}
          >
            <Text className='cm-queue__count-n'>{queue.counts[s] ?? 0}</Text>
            <Text className='cm-queue__count-label'>{QUEUE_STATUS_LABEL[s]}</Text>
          </View>
        ))}
      </View>
      {queue.window ? (
        <View className='cm-queue__checks'>
          <Text className='cm-queue__checks-title'>{windowLabel(queue.window)}</Text>
          <Text className='cm-queue__checks-line'>
            {CHECKS.map((c) => `${c === 'missing' ? '未自查' : CHECK_STATUS_LABEL[c]} ${queue.checkCounts[c] ?? 0}`).join(' · ')}
          </Text>
        </View>
      ) : null}
      <Chips
        options={[
          { value: 'behind', label: `未完成（${late.length}）` },
          { value: 'checks', label: `待审自查（${queue.checkCounts.submitted ?? 0}）` }
        ]}
        isOn={(v) => v === filter}
        onTap={(v) => setFilter(filter === v ? null : (v as 'behind' | 'checks'))}
      />
      <View className='cm-queue__list'>
        {rows.length === 0 ? <Text className='cm-queue__empty'>没有符合条件的党员</Text> : null}
        {rows.map((r) => (
          <View
            key={r.memberId}
            className='cm-queue__row'
            data-member={r.memberId}
            aria-role={r.cardId ? 'button' : undefined}
            onClick={() => {
              if (r.cardId) openPage(reviewPage(r.cardId))
            }}
          >
            <View className='cm-queue__top'>
              <Text className='cm-queue__name'>{r.name}</Text>
              <Tag tone={STATUS_TONE[r.status]}>{QUEUE_STATUS_LABEL[r.status]}</Tag>
            </View>
            <Text className='cm-queue__detail'>
              {filter === 'behind' ? behindReason(r) : `自查：${checkLabel(r.check)}`}
              {r.cardId ? ' ›' : ''}
            </Text>
          </View>
        ))}
      </View>
      <View className='cm-queue__link' aria-role='button' onClick={() => openPage(tasksPage(queue.orgId))}>
        X 任务与揭榜挂帅 ›
      </View>
      <View className='cm-queue__link' aria-role='button' onClick={() => openPage(wallPage(queue.orgId))}>
        亮承诺墙与公开二维码 ›
      </View>
    </View>
  )
}
