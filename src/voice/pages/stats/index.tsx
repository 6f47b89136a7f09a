import Taro from '@tarojs/taro'
import { View, Text } from '@tarojs/components'
import { CATEGORY_LABEL } from '@shared/voice/api'
import { barShares } from '@shared/voice/stats'
import { routeParam } from '@/assessment/service'
import { useCloudLoad } from '@/core/useCloudLoad'
import Chips from '@/core/components/Chips'
import StatusView from '@/core/components/StatusView'
import { statsPage } from '@/voice/routes'
import { voice } from '@/voice/service'
import './index.css'

/** 建议统计: this year's suggestions of a branch per category as a bar chart: filed, open, closed, overdue, held. One call. */
export default function SuggestionStatsPage() {
  const orgId = routeParam(Taro.getCurrentInstance()?.router?.params, 'orgId') || undefined
  const { data, error, reload } = useCloudLoad(() => voice.stats(orgId))
  if (!data) {
    return (
      <View className='page'>
        <StatusView loading={!error} error={error} onRetry={reload} />
      </View>
    )
  }
  const shares = barShares(data.rows)
  return (
    <View className='page vo-stats'>
      <Text className='page__heading'>
        {data.year}年建议统计 · {data.orgName}
      </Text>
      {data.orgs.length > 1 ? (
        <Chips
          options={data.orgs.map((o) => ({ value: o._id, label: o.name }))}
          isOn={(id) => id === data.orgId}
          onTap={(id) => Taro.redirectTo({ url: statsPage(id) })}
        />
      ) : null}
      <Text className='vo-stats__total'>
        共 {data.total.total} 条 · 未办结 {data.total.open} · 已办结 {data.total.closed} · 超期 {data.total.overdue} · 未公开{' '}
        {data.total.held}
      </Text>
      <View className='vo-stats__chart'>
        {data.rows.map((r, i) => (
          <View key={r.category} className='vo-stats__row' data-category={r.category}>
            <Text className='vo-stats__label'>{CATEGORY_LABEL[r.category]}</Text>
            <View className='vo-stats__track'>
              <View className='vo-stats__bar' style={{ width: `${Math.round(shares[i] * 100)}%` }} />
            </View>
            <Text className='vo-stats__n'>{r.total}</Text>
            <Text className='vo-stats__detail'>
              未办结 {r.open} · 已办结 {r.closed}
              {r.overdue ? ` · 超期 ${r.overdue}` : ''}
            </Text>
          </View>
        ))}
      </View>
    </View>
  )
}
