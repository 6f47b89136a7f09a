import { View, Text } from '@tarojs/components'
import type { AspectResult } from '@shared/assessment/api'
import { aspectBars, VERSUS_LABEL } from '@/assessment/aspectChart'
import './style.css'

/**
 * Each aspect against the branch average: a horizontal bar (the member's share of the aspect's
 * maximum) and a dark marker at the average. Plain Views, no chart library: small package, and
 * the chart is testable in the DOM. The numbers are written out too (no colour-only meaning).
 */
export default function AspectBars(props: { aspects: AspectResult[]; averages: AspectResult[] }) {
  const bars = aspectBars(props.aspects, props.averages)
  return (
    <View className='aspect-bars'>
      {bars.map((b) => (
        <View key={b.aspectId} className='aspect-bars__row' data-aspect={b.aspectId}>
          <View className='aspect-bars__head'>
            <Text className='aspect-bars__name'>{b.name}</Text>
            <Text className='aspect-bars__score'>{b.scoreText}</Text>
          </View>
          <View className='aspect-bars__track'>
            <View className='aspect-bars__bar' style={{ width: `${b.percent}%` }} />
            {b.averagePercent !== null ? <View className='aspect-bars__avg' style={{ left: `${b.averagePercent}%` }} /> : null}
          </View>
          {b.averageText ? (
            <Text className='aspect-bars__note'>
              {b.averageText}
              {b.versus ? ` · ${VERSUS_LABEL[b.versus]}` : ''}
            </Text>
          ) : null}
        </View>
      ))}
      <View className='aspect-bars__legend'>
        <View className='aspect-bars__key aspect-bars__key--me' />
        <Text className='aspect-bars__legend-text'>本人得分</Text>
        <View className='aspect-bars__key aspect-bars__key--avg' />
        <Text className='aspect-bars__legend-text'>支部平均</Text>
      </View>
    </View>
  )
}
