import { Text } from '@tarojs/components'
import { FLAG_LABEL, type Flag } from '@shared/assessment/api'
import { cx } from '@/core/components/cx'
import './style.css'

/** A flag on the evaluation board 评比台: 红旗 / 黄旗 / 蓝旗 / 灰旗, in its own colour (the label keeps it readable without colour). */
export default function FlagTag(props: { flag: Flag; large?: boolean }) {
  return (
    <Text className={cx('flag-tag', `flag-tag--${props.flag}`, props.large && 'flag-tag--large')} data-flag={props.flag}>
      {FLAG_LABEL[props.flag]}
    </Text>
  )
}
