import { View, Text } from '@tarojs/components'
import { cx } from '@/core/components/cx'
import './style.css'

/**
 * A home-screen entry. A `disabled` tile is a feature a later release builds: it shows
 * 即将上线 and does nothing when tapped.
 */
export default function EntryTile(props: { title: string; note?: string; disabled?: boolean; onTap?: () => void }) {
  return (
    <View
      className={cx('entry-tile', props.disabled && 'entry-tile--disabled')}
      hoverClass={props.disabled ? 'none' : 'entry-tile--pressed'}
      aria-role='button'
      aria-disabled={props.disabled ? 'true' : 'false'}
      onClick={() => {
        if (!props.disabled) props.onTap?.()
      }}
    >
      <Text className='entry-tile__title'>{props.title}</Text>
      <Text className='entry-tile__note'>{props.disabled ? '即将上线' : (props.note ?? '')}</Text>
    </View>
  )
}
