import { View, Text } from '@tarojs/components'
import type { CommitteeStatsRow, StudyApi } from '@shared/study/api'
import { quarterName } from '@shared/study/windows'
import { useCloudLoad } from '@/core/useCloudLoad'
import { openPage } from '@/core/nav'
import { study } from '@/study/service'
import { staffCommittee } from '@/study/orgs'
import { statsPage } from '@/study/routes'
import { analysesLine } from '@/study/view'
import CompletionFigures from '@/study/components/CompletionFigures'
import StatusView from '@/core/components/StatusView'
import ExportButton from '@/core/components/ExportButton'
import '@/study/pages.css'

type Loaded = StudyApi['committeeStats']['res']

async function load(): Promise<Loaded> {
  return study.committeeStats(await staffCommittee('只有党委工作人员可以查看各支部学习统计'))
}

function Row(props: { row: CommitteeStatsRow; total?: boolean }) {
  const r = props.row
  return (
    <View
      className='st-block'
      data-row={props.total ? 'total' : 'branch'}
      data-id={r.id}
      onClick={props.total ? undefined : () => openPage(statsPage(r.id))}
    >
      <CompletionFigures row={r} counted />
      <Text className={r.reportsWaiting ? 'st-warn' : 'st-line'}>待审核学习报告 {r.reportsWaiting}</Text>
      <Text className='st-line'>党性分析：{analysesLine(r)}</Text>
      {props.total ? null : <Text className='st-link'>查看支部学习统计 ›</Text>}
    </View>
  )
}

/**
 * 各支部学习统计 (committee staff): every branch of the committee — members, hours credited, required tasks
 * done/due and completion as bars, reports waiting for review, the quarter's Party-spirit analyses by status;
 * tap a branch for its own 学习统计; export. One call.
 */
export default function CommitteeStatsPage() {
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
      <Text className='page__heading'>{data.year}年各支部学习统计</Text>
      <Text className='page__sub'>
        统计至 {data.asOf}；党性分析为{quarterName(data.year, data.quarter)}；学时只按通过的学习报告和集中学习签到认定
      </Text>
      <Row row={data.total} total />
      {data.branches.length ? null : <Text className='st-line'>本党委下还没有支部</Text>}
      {data.branches.map((b) => (
        <Row key={b.id} row={b} />
      ))}
      <ExportButton load={() => study.exportCommitteeStats(data.committeeId)} unit='行' />
    </View>
  )
}
