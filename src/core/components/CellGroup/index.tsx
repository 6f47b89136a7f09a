import type { ReactNode } from 'react'
import { View, Text } from '@tarojs/components'
import './style.css'

/** A white block of cells with an optional grey title above it. */
export default function CellGroup(props: { title?: string; children?: ReactNode }) {
  return (
    <View className='cell-group'>
      {props.title ? <Text className='cell-group__title'>{props.title}</Text> : null}
      <View className='cell-group__body'>{props.children}</View>
    </View>
  )
}
