import { View, Text } from '@tarojs/components'
import { PROGRESS_LABEL, type CardItem, type Progress } from '@shared/commitment/api'
import './style.css'

/** One commitment read-only: what, target, deadline; the reviewer's comment and the progress when given. */
export default function ItemView(props: {
  item: Pick<CardItem, 'id' | 'what' | 'target' | 'deadline'>
  index: number
  comment?: string
  progress?: Progress | null
}) {
  const { item } = props
  return (
    <View className='cm-item' data-item={item.id}>
      <Text className='cm-item__what'>
        {props.index + 1}. {item.what || '（未填写）'}
      </Text>
      {item.target ? <Text className='cm-item__line'>目标：{item.target}</Text> : null}
      {item.deadline ? <Text className='cm-item__line'>完成时限：{item.deadline}</Text> : null}
      {props.progress ? (
        <Text className={`cm-item__progress cm-item__progress--${props.progress}`}>{PROGRESS_LABEL[props.progress]}</Text>
      ) : null}
      {props.comment ? <Text className='cm-item__comment'>审核意见：{props.comment}</Text> : null}
    </View>
  )
}
