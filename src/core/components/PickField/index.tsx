import { View, Text, Picker } from '@tarojs/components'
import { cstDate } from '@shared/core/time'
import { cx } from '@/core/components/cx'
import './style.css'

/**
 * A labelled date or time chosen with the system picker (Taro `Picker`, as the activity form does): no
 * typing, no format to get wrong. `value` is YYYY-MM-DD or HH:mm; empty shows 请选择, and an empty date opens
 * on today in Beijing time (the picker's own default is the phone's local today).
 */
export default function PickField(props: {
  label: string
  mode: 'date' | 'time'
  value: string
  onPick: (value: string) => void
  /** Marks the control for tests and the rubric-style jump to a field. */
  field: string
  narrow?: boolean
  start?: string
  end?: string
}) {
  return (
    <View className={cx('pick-field', props.narrow && 'pick-field--narrow')}>
      <Text className='pick-field__label'>{props.label}</Text>
      <Picker
        mode={props.mode}
        value={props.value || (props.mode === 'date' ? cstDate(new Date()) : '')}
        start={props.start}
        end={props.end}
        onChange={(e) => props.onPick(String(e.detail.value))}
      >
        <View className={cx('pick-field__value', !props.value && 'pick-field__value--empty')} data-field={props.field}>
          {props.value || '请选择'}
        </View>
      </Picker>
    </View>
  )
}
