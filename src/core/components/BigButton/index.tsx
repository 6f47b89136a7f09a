import type { ReactNode } from 'react'
import { View } from '@tarojs/components'
import { cx } from '@/core/components/cx'
import './style.css'

/** A full-width button at least 96rpx tall. `primary` is the Party red; use it once per screen. */
export default function BigButton(props: {
  primary?: boolean
  disabled?: boolean
  loading?: boolean
  onTap?: () => void
  children?: ReactNode
}) {
  const inactive = props.disabled || props.loading
  return (
    <View
      className={cx('big-button', props.primary && 'big-button--primary', inactive && 'big-button--disabled')}
      hoverClass={inactive ? 'none' : 'big-button--pressed'}
      aria-role='button'
      aria-disabled={inactive ? 'true' : 'false'}
      onClick={() => {
        if (!inactive) props.onTap?.()
      }}
    >
      {props.loading ? '请稍候…' : props.children}
    </View>
  )
}
