import { View, Text } from '@tarojs/components'
import type { CardItem } from '@shared/commitment/api'
import { TARGET_MAX, WHAT_MAX, yearRange } from '@/commitment/form'
import Field from '@/core/components/Field'
import PickField from '@/core/components/PickField'
import './style.css'

/** One commitment being written: what, a measurable target, a deadline in the card's year; its messages under it. */
export default function ItemEditor(props: {
  item: CardItem
  index: number
  year: number
  comment?: string
  problems?: readonly string[]
  canRemove: boolean
  onChange: (item: CardItem) => void
  onRemove: () => void
}) {
  const { item } = props
  const range = yearRange(props.year)
  return (
    <View className='cm-edit' data-item={item.id}>
      <View className='cm-edit__head'>
        <Text className='cm-edit__no'>第 {props.index + 1} 项</Text>
        {props.canRemove ? (
          <View className='cm-edit__remove' aria-role='button' onClick={props.onRemove}>
            删除
          </View>
        ) : null}
      </View>
      {props.comment ? <Text className='cm-edit__comment'>审核意见：{props.comment}</Text> : null}
      <Field
        label='承诺内容'
        value={item.what}
        placeholder='做什么，例如：完成辖区桥梁季度巡查'
        maxlength={WHAT_MAX}
        onInput={(what) => props.onChange({ ...item, what })}
      />
      <Field
        label='目标/标准（数量、日期或具体成果）'
        value={item.target}
        placeholder='例如：巡查 12 座桥梁，形成报告 4 份'
        maxlength={TARGET_MAX}
        onInput={(target) => props.onChange({ ...item, target })}
      />
      <PickField
        label='完成时限'
        mode='date'
        field={`deadline-${item.id}`}
        value={item.deadline ?? ''}
        start={range.start}
        end={range.end}
        onPick={(deadline) => props.onChange({ ...item, deadline: deadline || null })}
      />
      {props.problems?.map((m) => (
        <Text key={m} className='cm-edit__error'>
          {m}
        </Text>
      ))}
    </View>
  )
}
