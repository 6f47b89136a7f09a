import { useState } from 'react'
import { View, Text } from '@tarojs/components'
import { ANALYSIS_STATUS_LABEL, VERDICT_LABEL, VERDICTS, type Analysis, type Verdict } from '@shared/study/api'
import { ANALYSIS_FIELDS, ANALYSIS_FIELD_LABEL, verdictNeedsReason } from '@shared/study/analysis'
import { currentAnalysisQuarter, quarterName } from '@shared/study/windows'
import { hasRole } from '@shared/member/roles'
import { caller } from '@/core/caller'
import { errorMessage } from '@/core/cloud'
import { useCloudLoad } from '@/core/useCloudLoad'
import { study } from '@/study/service'
import { pageOrg } from '@/study/orgs'
import StatusView from '@/core/components/StatusView'
import Tag from '@/core/components/Tag'
import Chips from '@/core/components/Chips'
import Field from '@/core/components/Field'
import '@/study/pages.css'

interface Loaded {
  orgId: string
  year: number
  quarter: number
  analyses: Analysis[]
  /** The caller decides (secretary or deputy of the org); group leaders comment on their group's. */
  decides: boolean
  leads: string[]
}

async function load(): Promise<Loaded> {
  const { orgId } = await pageOrg('只有支部委员和党小组长可以评议党性分析')
  const who = await caller()
  const { year, quarter } = currentAnalysisQuarter(new Date())
  const { analyses } = await study.analysisQueue(orgId, year, quarter)
  return {
    orgId,
    year,
    quarter,
    analyses,
    decides: hasRole(who.roles, orgId, ['secretary', 'deputy']),
    leads: (who.roles ?? []).filter((r) => r.role === 'groupLeader').map((r) => r.orgId)
  }
}

/**
 * 党性分析评议: the quarter's analyses filed in the branch (a group leader: their group's). The group leader
 * writes the group's comment; the secretary or deputy gives the verdict: 合格, 返单, 集中重学 (the member joins
 * the quarter's relearn task) or 个别谈话 (a talk in 谈话任务), each but 合格 with a reason.
 */
export default function AnalysesPage() {
  const { data, error, reload } = useCloudLoad<Loaded>(load)
  const [open, setOpen] = useState<string | null>(null)
  const [comment, setComment] = useState('')
  const [verdict, setVerdict] = useState<Verdict>('pass')
  const [reason, setReason] = useState('')
  const [failure, setFailure] = useState<string | null>(null)
  const [updated, setUpdated] = useState<Record<string, Analysis>>({})

  if (!data) {
    return (
      <View className='page'>
        <StatusView loading={!error} error={error} onRetry={reload} />
      </View>
    )
  }
  const act = async (f: () => Promise<{ analysis: Analysis }>) => {
    setFailure(null)
    try {
      const { analysis } = await f()
      setUpdated((u) => ({ ...u, [analysis._id]: analysis }))
      setOpen(null)
      setComment('')
      setReason('')
    } catch (e) {
      setFailure(errorMessage(e))
    }
  }
  return (
    <View className='page'>
      <Text className='page__heading'>{quarterName(data.year, data.quarter)}党性分析</Text>
      <Text className='page__sub'>已提交 {data.analyses.length} 份</Text>
      {failure ? <Text className='st-error'>{failure}</Text> : null}
      {data.analyses.map((a0) => {
        const a = updated[a0._id] ?? a0
        const canComment = !!a.groupId && data.leads.includes(a.groupId) && (a.status === 'submitted' || a.status === 'commented')
        const canDecide = data.decides && (a.status === 'commented' || (a.status === 'submitted' && !a.groupId))
        return (
          <View key={a._id} className='st-block' data-analysis={a._id}>
            <View className='st-row' onClick={() => setOpen(open === a._id ? null : a._id)}>
              <Text className='st-title'>{a.name}</Text>
              <Tag tone={a.status === 'submitted' || a.status === 'commented' ? 'warn' : 'plain'}>{ANALYSIS_STATUS_LABEL[a.status]}</Tag>
            </View>
            {open === a._id ? (
              <>
                {ANALYSIS_FIELDS.map((k) => (
                  <Text key={k} className='st-line'>
                    {ANALYSIS_FIELD_LABEL[k]}：{a[k] || '—'}
                  </Text>
                ))}
                {a.groupComment ? <Text className='st-warn'>党小组意见：{a.groupComment.text}</Text> : null}
                {canComment ? (
                  <>
                    <Field label='党小组评议意见' value={comment} placeholder='小组讨论的意见' maxlength={500} onInput={setComment} />
                    <Chips
                      options={[{ value: 'c', label: '提交评议' }]}
                      onTap={() => act(() => study.commentAnalysis(a._id, a.rev, comment.trim()))}
                    />
                  </>
                ) : null}
                {canDecide ? (
                  <>
                    <Chips
                      options={VERDICTS.map((v) => ({ value: v, label: VERDICT_LABEL[v] }))}
                      isOn={(v) => v === verdict}
                      onTap={setVerdict}
                    />
                    {verdictNeedsReason(verdict) ? (
                      <Field label='评定意见' value={reason} placeholder='原因（必填）' maxlength={200} onInput={setReason} />
                    ) : null}
                    <Chips
                      options={[{ value: 'd', label: `评定为${VERDICT_LABEL[verdict]}` }]}
                      onTap={() => act(() => study.decideAnalysis(a._id, a.rev, verdict, reason.trim() || undefined))}
                    />
                  </>
                ) : null}
              </>
            ) : null}
            {a.verdict ? (
              <Text className='st-line'>
                支部评定：{VERDICT_LABEL[a.verdict.kind]}
                {a.verdict.reason ? `（${a.verdict.reason}）` : ''}
              </Text>
            ) : null}
          </View>
        )
      })}
    </View>
  )
}
