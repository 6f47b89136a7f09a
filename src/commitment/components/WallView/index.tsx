import { View, Text } from '@tarojs/components'
import { X_SECTION, type Wall } from '@shared/commitment/api'
import ItemView from '@/commitment/components/ItemView'
import './style.css'

/** 亮承诺: each approved card of the org — name, post, commitments by section, the last accepted quarter's progress. */
export default function WallView(props: { wall: Wall }) {
  const { wall } = props
  // The server lists the X section with the others; an older reply without it still shows the X items.
  const sections = wall.sections.some((s) => s.id === X_SECTION) ? wall.sections : [...wall.sections, { id: X_SECTION, name: '组织任务' }]
  return (
    <View className='cm-wall'>
      <View className='cm-wall__band'>
        <Text className='cm-wall__org'>{wall.orgName}</Text>
        <Text className='cm-wall__title'>{wall.year}年 亮身份 · 亮目标 · 亮承诺</Text>
        <Text className='cm-wall__count'>共 {wall.cards.length} 名党员</Text>
      </View>
      {wall.cards.length === 0 ? <Text className='cm-wall__empty'>还没有通过审核的承诺卡</Text> : null}
      {wall.cards.map((c) => (
        <View key={c.cardId} className='cm-wall__card' data-card={c.cardId}>
          <View className='cm-wall__who'>
            <Text className='cm-wall__name'>{c.name}</Text>
            <Text className='cm-wall__post'>{c.post}</Text>
          </View>
          {c.progressQuarter ? <Text className='cm-wall__quarter'>完成情况：截至第{c.progressQuarter}季度自查</Text> : null}
          {sections.map((s) => {
            const items = c.items.filter((i) => i.section === s.id)
            if (!items.length) return null
            return (
              <View key={s.id} className='cm-wall__section'>
                <Text className='cm-wall__section-name'>{s.name}</Text>
                {items.map((item, n) => (
                  <ItemView key={item.id} item={item} index={n} progress={item.progress} />
                ))}
              </View>
            )
          })}
        </View>
      ))}
    </View>
  )
}
