import { View, Text } from '@tarojs/components'
import BigButton from '@/core/components/BigButton'
import './style.css'

/** Loading text, or an error message with a retry button. Renders nothing when idle. */
export default function StatusView(props: { loading?: boolean; error?: string | null; onRetry?: () => void }) {
  if (props.loading) {
    return (
      <View className='status-view'>
        <Text className='status-view__text'>加载中…</Text>
      </View>
    )
  }
  if (!props.error) return null
  return (
    <View className='status-view'>
      <Text className='status-view__error'>{props.error}</Text>
      {props.onRetry ? <BigButton onTap={props.onRetry}>重试</BigButton> : null}
    </View>
  )
}
