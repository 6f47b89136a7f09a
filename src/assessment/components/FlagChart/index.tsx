import { View, Text } from '@tarojs/components'
import { FLAGS, FLAG_LABEL, type FlagCounts } from '@shared/assessment/api'
import { flagBars } from '@/assessment/flagChart'
import './style.css'

/**
 * Stacked horizontal bars drawn with Views (no chart library): one per row, length by member count
 * against the largest row, segments by flag; each segment also says its count in text.
 */
export default function FlagChart(props: {
  rows: ReadonlyArray<{ key: string; label: string; flags: FlagCounts }>
  scaleTo?: number
  onTapRow?: (key: string) => void
}) {
  const bars = flagBars(props.rows, props.scaleTo)
  return (
    <View className='ao-chart'>
      <View className='ao-chart__legend'>
        {FLAGS.map((f) => (
          <View key={f} className='ao-chart__key'>
            <View className={`ao-chart__swatch ao-seg--${f}`} />
            <Text>{FLAG_LABEL[f]}</Text>
          </View>
        ))}
      </View>
      {bars.map((b) => (
        <View
          key={b.key}
          className='ao-chart__row'
          data-key={b.key}
          aria-role={props.onTapRow ? 'button' : undefined}
          onClick={() => props.onTapRow?.(b.key)}
        >
          <View className='ao-chart__label'>
            <Text className='ao-chart__name'>{b.label}</Text>
            <Text className='ao-chart__total'>{b.total ? `${b.total} 人` : '未发布'}</Text>
          </View>
          <View className='ao-chart__track'>
            {b.segments.map((s) => (
              <View
                key={s.flag}
                className={`ao-chart__seg ao-seg--${s.flag}`}
                style={{ width: `${s.width}%` }}
                data-flag={s.flag}
                data-count={s.count}
                data-width={s.width}
              >
                <Text className='ao-chart__count'>{s.count}</Text>
              </View>
            ))}
          </View>
        </View>
      ))}
    </View>
  )
}
