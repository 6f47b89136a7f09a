import { View, Text, Input, Textarea } from '@tarojs/components'
import { cx } from '@/core/components/cx'
import './style.css'

/** A labelled text field (one line, or several with `multiline`) with its problems under it. */
export default function Field(props: {
  label: string
  value: string
  placeholder: string
  onInput: (value: string) => void
  errors?: readonly string[]
  multiline?: boolean
  narrow?: boolean
  maxlength?: number
  type?: 'text' | 'number' | 'digit'
  note?: string
}) {
  const bad = !!props.errors?.length
  return (
    <View className={cx('ao-field', props.narrow && 'ao-field--narrow')}>
      <Text className='ao-field__label'>{props.label}</Text>
      {props.multiline ? (
        <Textarea
          className={cx('ao-field__area', bad && 'ao-field--bad')}
          value={props.value}
          placeholder={props.placeholder}
          maxlength={props.maxlength ?? 1000}
          autoHeight
          onInput={(e) => props.onInput(e.detail.value)}
        />
      ) : (
        <Input
          className={cx('ao-field__input', bad && 'ao-field--bad')}
          value={props.value}
          placeholder={props.placeholder}
          maxlength={props.maxlength ?? 60}
          type={props.type ?? 'text'}
          onInput={(e) => props.onInput(e.detail.value)}
        />
      )}
      {props.note ? <Text className='ao-field__note'>{props.note}</Text> : null}
      {props.errors?.map((m) => (
        <Text key={m} className='ao-field__error'>
          {m}
        </Text>
      ))}
    </View>
  )
}
