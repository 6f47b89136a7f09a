import { View, Text } from '@tarojs/components'
import type { RatingProgress } from '@shared/assessment/api'
import { progressCells, progressTotals } from '@/assessment/desk'
import { cx } from '@/core/components/cx'
import './style.css'

/**
 * Rating progress per member (counts only, never who): 自评 ✓, 互评 n/m, 群众 n, 组织 ✓; a link to rate as
 * the organisation on the rows `ratesAsOrg` allows (all without it); `ratedBy` words a row without the
 * link (the caller's own: who rates them instead).
 */
export default function ProgressTable(props: {
  progress: readonly RatingProgress[]
  onRateAsOrg?: (memberId: string) => void
  ratesAsOrg?: (memberId: string) => boolean
  ratedBy?: (memberId: string) => string | null
}) {
  const { onRateAsOrg } = props
  const t = progressTotals(props.progress)
  return (
    <View className='ao-progress'>
      <Text className='ao-progress__sum'>
        共 {t.members} 人 · 自评 {t.selfDone}/{t.members} · 互评 {t.peerDone}/{t.peerExpected} · 群众评分 {t.massesRatings} 份 · 组织评分{' '}
        {t.orgDone}/{t.members}
      </Text>
      {t.orgMissing.length ? (
        <Text className='ao-progress__warn'>尚无组织评分：{t.orgMissing.join('、')}（计算结果前须全部完成）</Text>
      ) : null}
      <View className='ao-progress__row ao-progress__row--head'>
        <Text className='ao-progress__name'>姓名</Text>
        <Text className='ao-progress__cell'>自评</Text>
        <Text className='ao-progress__cell'>互评</Text>
        <Text className='ao-progress__cell'>群众</Text>
        <Text className='ao-progress__cell'>组织</Text>
      </View>
      {props.progress.map((p) => {
        const c = progressCells(p)
        const by = props.ratedBy?.(p.memberId)
        return (
          <View key={p.memberId} className={cx('ao-progress__row', c.orgMissing && 'ao-progress__row--missing')} data-member={p.memberId}>
            <Text className='ao-progress__name'>{p.name}</Text>
            <Text className='ao-progress__cell'>{c.self}</Text>
            <Text className={cx('ao-progress__cell', c.peerShort && 'ao-progress__cell--short')}>{c.peer}</Text>
            <Text className='ao-progress__cell'>{c.masses}</Text>
            <Text className='ao-progress__cell'>{c.org}</Text>
            {onRateAsOrg && (props.ratesAsOrg?.(p.memberId) ?? true) ? (
              <View className='ao-progress__rate' aria-role='button' onClick={() => onRateAsOrg(p.memberId)}>
                {c.orgMissing ? '组织评分' : '修改组织评分'}
              </View>
            ) : by ? (
              <Text className='ao-progress__by'>{by}</Text>
            ) : null}
          </View>
        )
      })}
    </View>
  )
}
