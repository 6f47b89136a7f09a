import { View, Text } from '@tarojs/components'
import type { StatsRow } from '@shared/study/api'
import { percent } from '@shared/study/stats'
import { hoursText } from '@/study/view'

/**
 * A stats row's study figures, as 学习统计 and 各支部学习统计 show them: the name (with the head count for a
 * group, a branch or the total), hours credited, required tasks done/due with the completion, and its bar.
 */
export default function CompletionFigures(props: { row: StatsRow; counted?: boolean }) {
  const r = props.row
  return (
    <>
      <View className='st-row'>
        <Text className='st-title'>
          {r.name}
          {props.counted ? `（${r.members} 人）` : ''}
        </Text>
        <Text className='st-line'>{hoursText(r.hours)}</Text>
      </View>
      <Text className='st-line'>
        必学任务 {r.requiredDone}/{r.requiredDue} · 完成率 {percent(r.completion)}
      </Text>
      <View className='st-bar'>
        <View className='st-bar__fill' style={{ width: `${Math.round((r.completion ?? 0) * 100)}%` }} />
      </View>
    </>
  )
}
