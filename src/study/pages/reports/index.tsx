import { useState } from 'react'
import { View, Text } from '@tarojs/components'
import type { StudyApi, StudyReport } from '@shared/study/api'
import { REPORT_FIELD_LABEL } from '@shared/study/report'
import { errorMessage } from '@/core/cloud'
import { useCloudLoad } from '@/core/useCloudLoad'
import { study } from '@/study/service'
import { pageOrg } from '@/study/orgs'
import { hoursText } from '@/study/view'
import StatusView from '@/core/components/StatusView'
import Tag from '@/core/components/Tag'
import Chips from '@/core/components/Chips'
import Field from '@/core/components/Field'
import '@/study/pages.css'

type Loaded = StudyApi['reportQueue']['res'] & { orgId: string }

async function load(): Promise<Loaded> {
  const { orgId } = await pageOrg('只有支部委员和党小组长可以审核学习报告')
  return { orgId, ...(await study.reportQueue(orgId)) }
}

/**
 * 学习报告审核 (the branch committee; a group leader for their group): the reports waiting, oldest first, each
 * with its task; 通过 credits the task's hours, 退回 needs a reason and sends it back to the member.
 */
export default function ReportsPage() {
  const { data, error, reload } = useCloudLoad<Loaded>(load)
  const [done, setDone] = useState<Record<string, string>>({})
  const [returning, setReturning] = useState<string | null>(null)
  const [reason, setReason] = useState('')
  const [failure, setFailure] = useState<string | null>(null)

  if (!data) {
    return (
      <View className='page'>
        <StatusView loading={!error} error={error} onRetry={reload} />
      </View>
    )
  }
  const tasks = new Map(data.tasks.map((t) => [t._id, t]))
  const decide = async (r: StudyReport, decision: 'accept' | 'return') => {
    setFailure(null)
    if (decision === 'return' && !reason.trim()) {
      setFailure('退回时请填写原因')
      return
    }
    try {
      await study.reviewReport(r._id, r.rev, decision, decision === 'return' ? reason.trim() : undefined)
      setDone((d) => ({ ...d, [r._id]: decision === 'accept' ? '已通过' : '已退回' }))
      setReturning(null)
      setReason('')
    } catch (e) {
      setFailure(errorMessage(e))
    }
  }
  return (
    <View className='page'>
      <Text className='page__heading'>学习报告审核</Text>
      <Text className='page__sub'>待审核 {data.reports.length} 份</Text>
      {failure ? <Text className='st-error'>{failure}</Text> : null}
      {data.reports.map((r) => {
        const t = tasks.get(r.taskId)
        return (
          <View key={r._id} className='st-block' data-report={r._id}>
            <View className='st-row'>
              <Text className='st-title'>
                {r.name} · {t?.title ?? ''}
              </Text>
              {done[r._id] ? <Tag tone='blue'>{done[r._id]}</Tag> : r.late ? <Tag tone='warn'>逾期提交</Tag> : null}
            </View>
            <Text className='st-line'>{t ? `${hoursText(t.hours)} · 截止 ${t.deadline}` : ''}</Text>
            {(['studied', 'insights', 'changes'] as const).map((k) => (
              <Text key={k} className='st-line'>
                {REPORT_FIELD_LABEL[k]}：{r[k]}
              </Text>
            ))}
            {done[r._id] ? null : (
              <>
                <Chips
                  options={[
                    { value: 'accept', label: '通过' },
                    { value: 'return', label: returning === r._id ? '确认退回' : '退回' }
                  ]}
                  onTap={(v) => (v === 'return' && returning !== r._id ? setReturning(r._id) : decide(r, v))}
                />
                {returning === r._id ? (
                  <Field label='退回原因' value={reason} placeholder='请说明需要补充或修改的地方' maxlength={200} onInput={setReason} />
                ) : null}
              </>
            )}
          </View>
        )
      })}
    </View>
  )
}
