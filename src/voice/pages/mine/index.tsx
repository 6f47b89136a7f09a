import Taro from '@tarojs/taro'
import { View, Text } from '@tarojs/components'
import { routeParam } from '@/assessment/service'
import { openPage } from '@/core/nav'
import { useCloudLoad } from '@/core/useCloudLoad'
import BigButton from '@/core/components/BigButton'
import Chips from '@/core/components/Chips'
import StatusView from '@/core/components/StatusView'
import SuggestionList from '@/voice/components/SuggestionList'
import { VOICE_PAGES } from '@/voice/routes'
import { voice } from '@/voice/service'

type Tab = 'mine' | 'peers'
const TABS: Array<{ value: Tab; label: string }> = [
  { value: 'mine', label: '我提出的' },
  { value: 'peers', label: '本支部党员的' }
]

/** 我的建议: my suggestions (also pending or held ones), or my branch's members' public ones; one call per tab. */
export default function MySuggestionsPage() {
  const tab: Tab = routeParam(Taro.getCurrentInstance()?.router?.params, 'tab') === 'peers' ? 'peers' : 'mine'
  const { data, error, reload } = useCloudLoad(() => voice.list({ scope: tab }))
  return (
    <View className='page'>
      <Text className='page__heading'>{tab === 'mine' ? '我的建议' : '本支部党员的建议'}</Text>
      <BigButton primary onTap={() => openPage(VOICE_PAGES.new)}>
        随手拍 · 提建议
      </BigButton>
      <Chips options={TABS} isOn={(v) => v === tab} onTap={(v) => Taro.redirectTo({ url: `${VOICE_PAGES.mine}?tab=${v}` })} />
      {data ? (
        <SuggestionList items={data.items} empty={tab === 'mine' ? '还没有提过建议' : '本支部还没有公开的建议'} />
      ) : (
        <StatusView loading={!error} error={error} onRetry={reload} />
      )}
    </View>
  )
}
