import { View, Text } from '@tarojs/components'
import { useCloudLoad } from '@/core/useCloudLoad'
import { commitment } from '@/commitment/service'
import { percent } from '@/commitment/view'
import StatusView from '@/core/components/StatusView'
import ExportButton from '@/core/components/ExportButton'
import './index.css'

function Bar(props: { label: string; n: number; of: number; kind: string }) {
  const p = percent(props.n, props.of)
  return (
    <View className='cm-done__bar' data-bar={props.kind}>
      <Text className='cm-done__bar-label'>{props.label}</Text>
      <View className='cm-done__track'>
        <View className={`cm-done__fill cm-done__fill--${props.kind}`} style={{ width: `${p}%` }} />
      </View>
      <Text className='cm-done__bar-n'>
        {props.n}/{props.of}（{p}%）
      </Text>
    </View>
  )
}

/**
 * 承诺完成情况 (committee staff): per branch, cards approved and the last window's self-checks accepted, as bars;
 * 导出 Excel 表格 writes the same rows to a sheet (exportCompletion).
 */
export default function CompletionPage() {
  const { data, error, reload } = useCloudLoad(() => commitment.completion())
  if (!data) {
    return (
      <View className='page'>
        <StatusView loading={!error} error={error} onRetry={reload} />
      </View>
    )
  }
  const members = data.rows.reduce((s, r) => s + r.members, 0)
  const approved = data.rows.reduce((s, r) => s + r.approved, 0)
  const checks = data.rows.reduce((s, r) => s + r.checksAccepted, 0)
  return (
    <View className='page cm-done'>
      <Text className='page__heading'>{data.year}年承诺完成情况</Text>
      <Text className='page__sub'>各支部承诺卡通过审核、最近一次季度自查获认可的人数</Text>
      <View className='cm-done__row' data-org='all'>
        <Text className='cm-done__name'>党委合计（{members} 人）</Text>
        <Bar label='承诺卡通过' n={approved} of={members} kind='approved' />
        <Bar label='自查获认可' n={checks} of={members} kind='checks' />
      </View>
      {data.rows.length === 0 ? <Text className='page__sub'>还没有支部数据</Text> : null}
      {data.rows.map((r) => (
        <View key={r.orgId} className='cm-done__row' data-org={r.orgId}>
          <Text className='cm-done__name'>
            {r.orgName}（{r.members} 人）
          </Text>
          <Bar label='承诺卡通过' n={r.approved} of={r.members} kind='approved' />
          <Bar label='自查获认可' n={r.checksAccepted} of={r.members} kind='checks' />
        </View>
      ))}
      {data.rows.length ? <ExportButton load={() => commitment.exportCompletion(data.year)} unit='个支部' /> : null}
    </View>
  )
}
