import { View, Text } from '@tarojs/components'
import { openPage } from '@/core/nav'
import { cx } from '@/core/components/cx'
import './style.css'

export interface TodoEntry {
  key: string
  title: string
  detail: string
  url: string
  overdue?: boolean
}

/** What waits for the user, one tappable line each (to the page where it is done), until it is done. */
export default function TodoList(props: { entries: readonly TodoEntry[]; heading?: string }) {
  if (!props.entries.length) return null
  return (
    <View className='todo-list' aria-label='待办'>
      {props.heading ? (
        <View className='todo-list__head'>
          <Text className='todo-list__heading'>{props.heading}</Text>
          <Text className='todo-list__count'>{props.entries.length}</Text>
        </View>
      ) : null}
      {props.entries.map((e) => (
        <View
          key={e.key}
          className={cx('todo-list__row', e.overdue && 'todo-list__row--overdue')}
          hoverClass='todo-list__row--pressed'
          aria-role='button'
          data-todo={e.key}
          onClick={() => openPage(e.url)}
        >
          <Text className='todo-list__title'>{e.title}</Text>
          <Text className='todo-list__detail'>{e.detail}</Text>
          <Text className='todo-list__go'>去处理 ›</Text>
        </View>
      ))}
    </View>
  )
}
