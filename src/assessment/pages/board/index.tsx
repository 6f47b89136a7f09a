import { useState } from 'react'
import Taro from '@tarojs/taro'
import { View, Text } from '@tarojs/components'
import { FLAGS } from '@shared/assessment/api'
import { CloudError } from '@/core/cloud'
import { member } from '@/member/service'
import { openPage } from '@/core/nav'
import { useCloudLoad } from '@/core/useCloudLoad'
import { assessment, routeParam } from '@/assessment/service'
import { resultPage } from '@/assessment/routes'
import { canOpenDetail, cstWhen } from '@/assessment/period'
import { formatTotal } from '@/assessment/score'
import FlagTag from '@/core/components/FlagTag'
import StatusView from '@/core/components/StatusView'
import { cx } from '@/core/components/cx'
import './index.css'

/** 评比台: the published board of a period — rank, name, total and flag of every member, and the flag counts. */
export default function BoardPage() {
  const [periodId] = useState(() => routeParam(Taro.getCurrentInstance()?.router?.params, 'periodId'))
  const { data, error, reload } = useCloudLoad(async () => {
    if (!periodId) throw new CloudError('BAD_ROUTE', '缺少考评期编号，请从“我的考评”进入')
    const [board, who] = await Promise.all([assessment.board(periodId), member.whoami()])
    return { board, who }
  })

  if (!data) {
    return (
      <View className='page'>
        <StatusView loading={!error} error={error} onRetry={periodId ? reload : undefined} />
      </View>
    )
  }

  const { period, entries, flags } = data.board
  const myId = data.who.member?._id ?? null
  const roles = data.who.roles ?? data.who.member?.roles ?? []

  return (
    <View className='page board'>
      <View className='board__head'>
        <Text className='board__title'>评比台</Text>
        <Text className='board__period'>
          {period.orgName} · {period.name}
        </Text>
        {period.publishedAt ? <Text className='board__published'>公布于 {cstWhen(period.publishedAt, Date.now())}（北京时间）</Text> : null}
      </View>
      <View className='board__flags'>
        {FLAGS.map((f) => (
          <View key={f} className='board__flag' data-flag-count={f}>
            <FlagTag flag={f} />
            <Text className='board__flag-count'>{flags[f]} 人</Text>
          </View>
        ))}
      </View>
      {entries.length === 0 ? <Text className='board__empty'>本期暂无结果</Text> : null}
      <View className='board__list'>
        {entries.map((e) => {
          const mine = e.memberId === myId
          const open = canOpenDetail(roles, myId, period.orgId, e.memberId)
          return (
            <View
              key={e.memberId}
              className={cx('board__row', mine && 'board__row--me')}
              hoverClass={open ? 'board__row--pressed' : 'none'}
              aria-role={open ? 'button' : undefined}
              data-member={e.memberId}
              onClick={() => {
                if (open) openPage(resultPage(period._id, mine ? undefined : e.memberId))
              }}
            >
              <Text className='board__rank'>{e.rank}</Text>
              <Text className='board__name'>
                {e.name}
                {mine ? '（我）' : ''}
              </Text>
              <Text className='board__total'>{formatTotal(e.total)}</Text>
              <FlagTag flag={e.flag} />
            </View>
          )
        })}
      </View>
      <Text className='board__note'>总分满分 100 分，名次相同者并列。</Text>
    </View>
  )
}
