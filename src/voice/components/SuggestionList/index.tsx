import { View, Text } from '@tarojs/components'
import { MODERATION_LABEL, type SuggestionSummary } from '@shared/voice/api'
import { openPage } from '@/core/nav'
import Tag from '@/core/components/Tag'
import { detailPage } from '@/voice/routes'
import { OVERDUE_LABEL, STATUS_TONE, statusText, summaryLine } from '@/voice/view'
import './style.css'

/** Suggestions as rows (title, status, overdue, moderation, category · who · when); a tap opens one. */
export default function SuggestionList(props: { items: readonly SuggestionSummary[]; empty: string }) {
  if (!props.items.length) return <Text className='vo-list__empty'>{props.empty}</Text>
  return (
    <View className='vo-list'>
      {props.items.map((s) => (
        <View key={s._id} className='vo-list__row' data-id={s._id} aria-role='button' onClick={() => openPage(detailPage(s._id))}>
          <View className='vo-list__top'>
            <Text className='vo-list__title'>{s.title}</Text>
            <Tag tone={STATUS_TONE[s.status]}>{statusText(s.status)}</Tag>
          </View>
          <View className='vo-list__tags'>
            {s.overdue ? <Tag tone='red'>{OVERDUE_LABEL[s.overdue]}</Tag> : null}
            {s.moderation !== 'passed' ? <Tag tone='warn'>{MODERATION_LABEL[s.moderation]}</Tag> : null}
            {s.hiddenFromPeers ? <Tag>仅支部可见</Tag> : null}
          </View>
          <Text className='vo-list__line'>{summaryLine(s)}</Text>
        </View>
      ))}
    </View>
  )
}
