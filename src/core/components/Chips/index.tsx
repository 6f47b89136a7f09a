import { View } from '@tarojs/components'
import { cx } from '@/core/components/cx'
import './style.css'

/**
 * A row of tappable choices (≥ 88rpx). Works the same in weapp, H5 and jsdom.
 * With `isOn` the chips are a choice: one on (radio) or, with `multi`, several (checkbox);
 * without it they are actions (buttons, red outline). A choice not taken is neutral grey, the one taken
 * red; with `multi` a tick marks each one on. `flush`: no side padding, for a block that has its own.
 */
export default function Chips<T extends string>(props: {
  options: ReadonlyArray<{ value: T; label: string }>
  isOn?: (value: T) => boolean
  onTap: (value: T) => void
  multi?: boolean
  flush?: boolean
}) {
  const { isOn } = props
  const role = !isOn ? 'button' : props.multi ? 'checkbox' : 'radio'
  return (
    <View className={cx('chips', props.flush && 'chips--flush')}>
      {props.options.map((o) => (
        <View
          key={o.value}
          className={cx(
            'chips__chip',
            !isOn && 'chips__chip--action',
            isOn && props.multi && 'chips__chip--multi',
            isOn?.(o.value) && 'chips__chip--on'
          )}
          aria-role={role}
          aria-checked={isOn ? (isOn(o.value) ? 'true' : 'false') : undefined}
          onClick={() => props.onTap(o.value)}
        >
          {o.label}
        </View>
      ))}
    </View>
  )
}
