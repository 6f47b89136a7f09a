import type { ReactNode } from 'react'
import { View, Text } from '@tarojs/components'
import './style.css'

/** One WeUI-like row: label on the left, value on the right (wraps when long). */
export default function Cell(props: { label: string; value?: ReactNode; children?: ReactNode }) {
  return (
    <View className='cell'>
      <Text className='cell__label'>{props.label}</Text>
      <View className='cell__value'>{props.value ?? props.children}</View>
    </View>
  )
}
