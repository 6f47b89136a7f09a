import { View } from '@tarojs/components'
import { cx } from '../../../components/cx'
import './style.css'

/** A row of tappable choices (≥ 88rpx): one or several on. Works the same in weapp, H5 and jsdom. */
export default function Chips<T extends string>(props: {
  options: ReadonlyArray<{ value: T; label: string }>
  isOn: (value: T) => boolean
  onTap: (value: T) => void
}) {
  return (
    <View className='ao-chips'>
      {props.options.map((o) => (
        <View
          key={o.value}
          className={cx('ao-chip', props.isOn(o.value) && 'ao-chip--on')}
          aria-role='tab'
          aria-selected={props.isOn(o.value) ? 'true' : 'false'}
          onClick={() => props.onTap(o.value)}
        >
          {o.label}
        </View>
      ))}
    </View>
  )
}
