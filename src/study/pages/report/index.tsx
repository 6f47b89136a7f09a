import { useEffect, useRef, useState } from 'react'
import Taro from '@tarojs/taro'
import { View, Text } from '@tarojs/components'
import type { MyTask, ReportText } from '@shared/study/api'
import { REPORT_FIELD_LABEL, REPORT_MIN, reportIssues } from '@shared/study/report'
import { cstClock } from '@shared/core/time'
import { CloudError, errorMessage } from '@/core/cloud'
import { useCloudLoad } from '@/core/useCloudLoad'
import { routeParam } from '@/assessment/service'
import { study } from '@/study/service'
import { hoursText, taskStatus } from '@/study/view'
import StatusView from '@/core/components/StatusView'
import BigButton from '@/core/components/BigButton'
import Field from '@/core/components/Field'
import Tag from '@/core/components/Tag'
import AttachmentRow from '@/study/components/AttachmentRow'
import '@/study/pages.css'

/** A draft is saved this long after the member stops typing. */
export const DRAFT_DELAY_MS = 800
const EMPTY: ReportText = { studied: '', insights: '', changes: '' }
const FIELDS: Array<{ key: keyof ReportText; placeholder: string }> = [
  { key: 'studied', placeholder: '学了什么（篇目、章节）' },
  { key: 'insights', placeholder: '有什么体会' },
  { key: 'changes', placeholder: '工作和生活中准备怎么改' }
]

/**
 * 学习报告单 (the member, one task): the material, then what was studied, insights and what changes. A draft
 * is saved as the member types (short sessions on a phone: nothing is lost when they leave); 提交 checks
 * the minimum lengths and files it. A returned report shows the reason and is filed again.
 */
export default function ReportPage() {
  const taskId = routeParam(Taro.getCurrentInstance()?.router?.params, 'taskId')
  const { data, error, reload } = useCloudLoad<MyTask>(() => study.getTask(taskId))
  const [text, setText] = useState<ReportText>(EMPTY)
  const [problems, setProblems] = useState<Record<string, string>>({})
  const [note, setNote] = useState<string | null>(null)
  const [failure, setFailure] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  const [filed, setFiled] = useState(false)
  const rev = useRef(0)
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null)
  const chain = useRef<Promise<void>>(Promise.resolve())

  useEffect(() => {
    if (!data) return
    const r = data.report
    rev.current = r?.rev ?? 0
    if (r) setText({ studied: r.studied, insights: r.insights, changes: r.changes })
  }, [data])
  useEffect(() => () => (timer.current ? clearTimeout(timer.current) : undefined), [])

  if (!data) {
    return (
      <View className='page'>
        <StatusView loading={!error} error={error} onRetry={reload} />
      </View>
    )
  }
  const { task, report } = data
  const editable = !filed && (!report || report.status === 'draft' || report.status === 'returned')
  const status = taskStatus(data)

  const saveNow = (next: ReportText) => {
    chain.current = chain.current.then(async () => {
      try {
        const { report: saved } = await study.saveReport(task._id, next, rev.current)
        rev.current = saved.rev
        setFailure(null)
        setNote(`草稿已保存 ${cstClock(saved.updatedAt)}`)
      } catch (e) {
        setFailure(e instanceof CloudError && e.code === 'CONFLICT' ? '报告已在别处修改，请返回后重新打开' : errorMessage(e))
      }
    })
  }
  const type = (key: keyof ReportText, value: string) => {
    const next = { ...text, [key]: value }
    setText(next)
    if (timer.current) clearTimeout(timer.current)
    timer.current = setTimeout(() => saveNow(next), DRAFT_DELAY_MS)
  }
  const file = async () => {
    const issues = reportIssues(text)
    setProblems(Object.fromEntries(issues.map((i) => [i.path.replace('text.', ''), i.message])))
    if (issues.length) return
    if (timer.current) clearTimeout(timer.current)
    setBusy(true)
    try {
      await chain.current
      await study.fileReport(task._id, text, rev.current)
      setFiled(true)
    } catch (e) {
      setFailure(errorMessage(e))
    } finally {
      setBusy(false)
    }
  }

  if (filed) {
    return (
      <View className='page'>
        <Text className='page__heading'>已提交学习报告</Text>
        <Text className='page__sub'>报党小组长或支部审核，通过后认定 {hoursText(task.hours)}</Text>
      </View>
    )
  }
  const m = task.material
  return (
    <View className='page'>
      <View className='st-block'>
        <View className='st-row'>
          <Text className='st-title'>{task.title}</Text>
          <Tag tone={status.tone}>{status.label}</Tag>
        </View>
        <Text className='st-line'>
          {task.required ? '必学' : '选学'} · {hoursText(task.hours)} · 截止 {task.deadline}
        </Text>
        {data.overdue ? <Text className='st-warn'>已过截止日期，仍可提交，将标记为逾期提交</Text> : null}
        {m.text ? <Text className='st-line'>{m.text}</Text> : null}
        {m.kind === 'link' && m.url ? (
          <Text className='st-link' data-link onClick={() => Taro.setClipboardData({ data: m.url as string })}>
            {m.url}（点击复制链接）
          </Text>
        ) : null}
        {data.attachment ? <AttachmentRow attachment={data.attachment} /> : null}
        {m.kind === 'activity' ? (
          <Text className='st-line'>
            {data.checkedIn ? '你已在集中学习签到，学时已认定' : '参加集中学习并签到即认定学时；也可提交学习报告'}
          </Text>
        ) : null}
      </View>
      {report?.status === 'returned' && report.returnReason ? <Text className='st-warn'>退回原因：{report.returnReason}</Text> : null}
      {report?.status === 'submitted' ? <Text className='page__sub'>已提交，等待审核</Text> : null}
      {report?.status === 'accepted' ? <Text className='page__sub'>已通过，认定 {hoursText(report.hours)}</Text> : null}
      {FIELDS.map((f) =>
        editable ? (
          <Field
            key={f.key}
            label={`${REPORT_FIELD_LABEL[f.key]}（至少 ${REPORT_MIN[f.key]} 字）`}
            value={text[f.key]}
            placeholder={f.placeholder}
            multiline
            maxlength={2000}
            errors={problems[f.key] ? [problems[f.key]] : []}
            onInput={(v) => type(f.key, v)}
          />
        ) : (
          <View key={f.key} className='st-block'>
            <Text className='st-line'>{REPORT_FIELD_LABEL[f.key]}</Text>
            <Text className='st-title'>{text[f.key]}</Text>
          </View>
        )
      )}
      {note ? <Text className='st-ok'>{note}</Text> : null}
      {failure ? <Text className='st-error'>{failure}</Text> : null}
      {editable ? (
        <BigButton primary loading={busy} onTap={file}>
          {report?.status === 'returned' ? '重新提交' : '提交学习报告'}
        </BigButton>
      ) : null}
    </View>
  )
}
