import { View, Input } from '@tarojs/components'
import { memo } from 'react'
import { stepScore } from '@/assessment/score'
import { cx } from '@/core/components/cx'
import './style.css'

/**
 * A score field for one item: − / typed value / + in 0.5 steps within 0..max, and 满分; with
 * `onUnknown` (peer and masses raters) also 不了解, which leaves this rater out of the item. While
 * 不了解 is on the field is empty and greyed; a tap on −, + or 满分 means the rater does know (the
 * parent clears the mark on any change). Big targets (96rpx) so a long form is quick with one thumb.
 * The value stays text so a typed slip (7.3, 12) is shown and checked, not silently changed.
 * Memoised, and the handlers take the field's `id`: a form hands every field the same two handlers, so a
 * keystroke re-renders the one field it changed, not the whole form (the masses form has 55).
 */
function ScoreInput(props: {
  /** The field, handed back to the handlers. */
  id: string
  value: string
  max: number
  invalid?: boolean
  disabled?: boolean
  label: string
  unknown?: boolean
  onChange: (id: string, value: string) => void
  onUnknown?: (id: string, on: boolean) => void
}) {
  const { id, value, max, disabled, unknown, onUnknown } = props
  const shown = unknown ? '' : value
  const step = (dir: 1 | -1) => {
    if (!disabled) props.onChange(id, stepScore(shown, dir, max))
  }
  return (
    <View className={cx('score-input', props.invalid && 'score-input--invalid', unknown && 'score-input--unknown')}>
      <View className='score-input__btn' aria-role='button' aria-label={`${props.label} 减 0.5 分`} onClick={() => step(-1)}>
        −
      </View>
      <Input
        className='score-input__field'
        type='digit'
        value={shown}
        placeholder={unknown ? '—' : '分'}
        disabled={disabled}
        maxlength={5}
        onInput={(e) => props.onChange(id, e.detail.value)}
      />
      <View className='score-input__btn' aria-role='button' aria-label={`${props.label} 加 0.5 分`} onClick={() => step(1)}>
        +
      </View>
      <View
        className='score-input__full'
        aria-role='button'
        aria-label={`${props.label} 满分`}
        onClick={() => {
          if (!disabled) props.onChange(id, String(max))
        }}
      >
        满分
      </View>
      {onUnknown ? (
        <View
          className={cx('score-input__unknown', unknown && 'score-input__unknown--on')}
          aria-role='checkbox'
          aria-checked={unknown ? 'true' : 'false'}
          aria-label={`${props.label} 不了解`}
          onClick={() => {
            if (!disabled) onUnknown(id, !unknown)
          }}
        >
          不了解
        </View>
      ) : null}
    </View>
  )
}

export default memo(ScoreInput)
