import { View, Input } from '@tarojs/components'
import { stepScore } from '@/assessment/score'
import { cx } from '@/core/components/cx'
import './style.css'

/**
 * A score field for one item: − / typed value / + in 0.5 steps within 0..max, and 满分.
 * Big targets (96rpx) so a form of 18 items is quick with one thumb. The value stays text so a
 * typed slip (7.3, 12) is shown and checked, not silently changed.
 */
export default function ScoreInput(props: {
  value: string
  max: number
  invalid?: boolean
  disabled?: boolean
  label: string
  onChange: (value: string) => void
}) {
  const { value, max, disabled } = props
  const step = (dir: 1 | -1) => {
    if (!disabled) props.onChange(stepScore(value, dir, max))
  }
  return (
    <View className={cx('score-input', props.invalid && 'score-input--invalid')}>
      <View className='score-input__btn' aria-role='button' aria-label={`${props.label} 减 0.5 分`} onClick={() => step(-1)}>
        −
      </View>
      <Input
        className='score-input__field'
        type='digit'
        value={value}
        placeholder='分'
        disabled={disabled}
        maxlength={5}
        onInput={(e) => props.onChange(e.detail.value)}
      />
      <View className='score-input__btn' aria-role='button' aria-label={`${props.label} 加 0.5 分`} onClick={() => step(1)}>
        +
      </View>
      <View
        className='score-input__full'
        aria-role='button'
        onClick={() => {
          if (!disabled) props.onChange(String(max))
        }}
      >
        满分
      </View>
    </View>
  )
}
