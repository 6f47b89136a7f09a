import { View, Text } from '@tarojs/components'
import type { MemberResult } from '@shared/assessment/api'
import { formatTotal } from '@/assessment/score'
import FlagTag from '@/core/components/FlagTag'
import './style.css'

/** Computed results by rank: 排名, 姓名, 总分, 旗帜; tap a row for the member's detail. */
export default function ResultsTable(props: { results: readonly MemberResult[]; onOpen: (memberId: string) => void }) {
  const rows = [...props.results].sort((a, b) => a.rank - b.rank || a.name.localeCompare(b.name, 'zh'))
  return (
    <View className='ao-results'>
      <View className='ao-results__row ao-results__row--head'>
        <Text className='ao-results__rank'>排名</Text>
        <Text className='ao-results__name'>姓名</Text>
        <Text className='ao-results__total'>总分</Text>
        <Text className='ao-results__flag'>旗帜</Text>
      </View>
      {rows.map((r) => (
        <View
          key={r.memberId}
          className='ao-results__row'
          data-member={r.memberId}
          hoverClass='ao-results__row--pressed'
          aria-role='button'
          onClick={() => props.onOpen(r.memberId)}
        >
          <Text className='ao-results__rank'>{r.rank}</Text>
          <Text className='ao-results__name'>
            {r.name}
            {r.vetoes.length ? '（否决）' : ''}
          </Text>
          <Text className='ao-results__total'>{formatTotal(r.total)}</Text>
          <View className='ao-results__flag'>
            <FlagTag flag={r.flag} />
          </View>
        </View>
      ))}
    </View>
  )
}
