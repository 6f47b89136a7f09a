import { View, Text } from '@tarojs/components'
import type { StatsRow, StudyApi } from '@shared/study/api'
import { useCloudLoad } from '@/core/useCloudLoad'
import { study } from '@/study/service'
import { pageOrg } from '@/study/orgs'
import CompletionFigures from '@/study/components/CompletionFigures'
import StatusView from '@/core/components/StatusView'
import ExportButton from '@/core/components/ExportButton'
import '@/study/pages.css'

type Loaded = StudyApi['branchStats']['res']

async function load(): Promise<Loaded> {
  const { orgId } = await pageOrg('只有支部委员和党委工作人员可以查看学习统计')
  return study.branchStats(orgId)
}

function Row(props: { row: StatsRow; kind: string }) {
  const r = props.row
  return (
    <View className='st-block' data-row={props.kind} data-id={r.id}>
      <CompletionFigures row={r} counted={props.kind !== 'member'} />
    </View>
  )
}

/** 学习统计 (the branch committee, committee staff): hours and completion for the branch, each group and member, as bars; export. One call. */
export default function StatsPage() {
  const { data, error, reload } = useCloudLoad<Loaded>(load)
  if (!data) {
    return (
      <View className='page'>
        <StatusView loading={!error} error={error} onRetry={reload} />
      </View>
    )
  }
  return (
    <View className='page'>
      <Text className='page__heading'>{data.year}年学习统计</Text>
      <Text className='page__sub'>统计至 {data.asOf}；学时只按通过的学习报告和集中学习签到认定</Text>
      <Row row={data.branch} kind='branch' />
      {data.groups.map((g) => (
        <Row key={g.id || 'none'} row={g} kind='group' />
      ))}
      {data.members.map((m) => (
        <Row key={m.id} row={m} kind='member' />
      ))}
      <ExportButton load={() => study.exportStats(data.orgId)} unit='行' />
    </View>
  )
}
