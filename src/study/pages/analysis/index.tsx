import { useEffect, useState } from 'react'
import { View, Text } from '@tarojs/components'
import { ANALYSIS_STATUS_LABEL, VERDICT_LABEL, type AnalysisText, type StudyApi } from '@shared/study/api'
import { ANALYSIS_FIELDS, ANALYSIS_FIELD_LABEL, ANALYSIS_MIN, analysisIssues } from '@shared/study/analysis'
import { quarterName } from '@shared/study/windows'
import { CloudError, errorMessage } from '@/core/cloud'
import { useCloudLoad } from '@/core/useCloudLoad'
import { study } from '@/study/service'
import StatusView from '@/core/components/StatusView'
import BigButton from '@/core/components/BigButton'
import Field from '@/core/components/Field'
import Tag from '@/core/components/Tag'
import ReminderOffer, { loadOffer, type Offer } from '@/birthday/components/ReminderOffer'
import '@/study/pages.css'

type Loaded = StudyApi['myAnalysis']['res']
const EMPTY: AnalysisText = { learned: '', insights: '', orgLife: '', problems: '', causes: '', measures: '', lastMeasures: '' }

/**
 * 党性分析报告 (the member, the quarter open now): learned, insights, org-life participation (pre-filled from
 * check-ins), problems, causes, measures, last quarter's measures. 保存草稿 any time; 提交 checks the minimum
 * lengths and sends it to the party group, then the branch. Shows the group's comment and the verdict.
 */
export default function AnalysisPage() {
  const { data, error, reload } = useCloudLoad<Loaded>(() => study.myAnalysis())
  const [text, setText] = useState<AnalysisText>(EMPTY)
  const [rev, setRev] = useState(0)
  const [problems, setProblems] = useState<Record<string, string>>({})
  const [note, setNote] = useState<string | null>(null)
  const [failure, setFailure] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  const [current, setCurrent] = useState<Loaded['analysis']>(null)
  // 党性分析提醒 (one message near the due day, or on 返单): offered here, from the session's caller (no call).
  const [offer, setOffer] = useState<Offer | null>(null)
  useEffect(() => {
    let live = true
    loadOffer('studyAnalysis').then((o) => {
      if (live) setOffer(o)
    })
    return () => {
      live = false
    }
  }, [])

  useEffect(() => {
    if (!data) return
    const a = data.analysis
    setCurrent(a)
    setRev(a?.rev ?? 0)
    setText(a ? { ...EMPTY, ...pick(a) } : { ...EMPTY, orgLife: data.prefill.orgLife })
  }, [data])

  if (!data) {
    return (
      <View className='page'>
        <StatusView loading={!error} error={error} onRetry={reload} />
      </View>
    )
  }
  const w = data.window
  const status = current?.status ?? null
  const editable = status === null || status === 'draft' || status === 'returned'

  const save = async (submit: boolean) => {
    setFailure(null)
    setNote(null)
    if (submit) {
      const issues = analysisIssues(text)
      setProblems(Object.fromEntries(issues.map((i) => [i.path.replace('text.', ''), i.message])))
      if (issues.length) return
    }
    setBusy(true)
    try {
      const { analysis } = await study.saveAnalysis(w.year, w.quarter, text, rev, submit)
      setCurrent(analysis)
      setRev(analysis.rev)
      setNote(submit ? '已提交，等待党小组评议' : '草稿已保存')
    } catch (e) {
      setFailure(e instanceof CloudError && e.code === 'CONFLICT' ? '党性分析已在别处修改，请刷新' : errorMessage(e))
    } finally {
      setBusy(false)
    }
  }

  return (
    <View className='page'>
      <View className='st-block'>
        <View className='st-row'>
          <Text className='st-title'>{quarterName(w.year, w.quarter)}党性分析</Text>
          <Tag tone={status === 'returned' ? 'red' : 'plain'}>{status ? ANALYSIS_STATUS_LABEL[status] : '未填写'}</Tag>
        </View>
        <Text className='st-line'>
          {w.from} 起填写，{w.due} 前提交（之后仍可提交，标记为逾期）
        </Text>
        <Text className='st-line'>
          组织生活签到：{(current?.orgLifeCount ?? data.prefill.orgLifeCount).present}/
          {(current?.orgLifeCount ?? data.prefill.orgLifeCount).expected}
        </Text>
      </View>
      {current?.groupComment ? <Text className='st-warn'>党小组意见：{current.groupComment.text}</Text> : null}
      {current?.verdict ? (
        <Text className='st-warn' data-verdict={current.verdict.kind}>
          支部评定：{VERDICT_LABEL[current.verdict.kind]}
          {current.verdict.reason ? `（${current.verdict.reason}）` : ''}
        </Text>
      ) : null}
      {ANALYSIS_FIELDS.map((k) =>
        editable ? (
          <Field
            key={k}
            label={ANALYSIS_MIN[k] ? `${ANALYSIS_FIELD_LABEL[k]}（至少 ${ANALYSIS_MIN[k]} 字）` : ANALYSIS_FIELD_LABEL[k]}
            value={text[k]}
            placeholder={ANALYSIS_FIELD_LABEL[k]}
            multiline
            maxlength={2000}
            errors={problems[k] ? [problems[k]] : []}
            onInput={(v) => setText((t) => ({ ...t, [k]: v }))}
          />
        ) : (
          <View key={k} className='st-block'>
            <Text className='st-line'>{ANALYSIS_FIELD_LABEL[k]}</Text>
            <Text className='st-title'>{text[k] || '—'}</Text>
          </View>
        )
      )}
      {note ? <Text className='st-ok'>{note}</Text> : null}
      {failure ? <Text className='st-error'>{failure}</Text> : null}
      {editable ? (
        <>
          <BigButton loading={busy} onTap={() => save(false)}>
            保存草稿
          </BigButton>
          <BigButton primary loading={busy} onTap={() => save(true)}>
            提交
          </BigButton>
          {offer ? (
            <ReminderOffer
              offer={offer}
              ask={`${w.due} 截止前还没提交，用微信消息提醒我`}
              button='开启党性分析提醒'
              done='已开启：截止前未提交或被返单时将收到微信提醒'
              on={(n) => `已开启党性分析提醒（还可接收 ${n} 次）`}
            />
          ) : null}
        </>
      ) : null}
    </View>
  )
}

function pick(a: AnalysisText): AnalysisText {
  return {
    learned: a.learned,
    insights: a.insights,
    orgLife: a.orgLife,
    problems: a.problems,
    causes: a.causes,
    measures: a.measures,
    lastMeasures: a.lastMeasures
  }
}
