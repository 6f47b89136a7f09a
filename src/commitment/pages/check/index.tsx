import { useEffect, useState } from 'react'
import { View, Text } from '@tarojs/components'
import { PROGRESS, PROGRESS_LABEL, X_SECTION, type CheckEntry, type MyCardResult, type Progress } from '@shared/commitment/api'
import { CloudError, errorMessage } from '@/core/cloud'
import { useCloudLoad } from '@/core/useCloudLoad'
import { commitment } from '@/commitment/service'
import { checkLabel, windowLabel } from '@/commitment/view'
import { checkItems, checkProblem } from '@/commitment/selfCheck'
import StatusView from '@/core/components/StatusView'
import BigButton from '@/core/components/BigButton'
import Chips from '@/core/components/Chips'
import Field from '@/core/components/Field'
import './index.css'

type Entries = Record<string, { progress: Progress | null; note: string }>
const EMPTY: Entries[string] = { progress: null, note: '' }

/**
 * 季度自查: in the quarter's window, each item of the approved card (and the X items) marked 已完成 / 进行中 /
 * 未开始 with a note, sent to the branch. Photo evidence waits for the file store (the field exists).
 */
export default function SelfCheckPage() {
  const { data, error, reload } = useCloudLoad<MyCardResult>(() => commitment.myCard())
  const [entries, setEntries] = useState<Entries>({})
  const [problem, setProblem] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  const [sent, setSent] = useState(false)

  const existing = data?.window ? data.checks.find((c) => c.quarter === data.window?.quarter) : undefined
  useEffect(() => {
    if (!existing) return
    const next: Entries = {}
    for (const e of existing.entries) next[e.itemId] = { progress: e.progress, note: e.note }
    setEntries(next)
  }, [existing])

  if (!data) {
    return (
      <View className='page'>
        <StatusView loading={!error} error={error} onRetry={reload} />
      </View>
    )
  }
  if (!data.window) {
    return (
      <View className='page'>
        <Text className='page__heading'>季度自查</Text>
        <Text className='page__sub'>现在不在自查时间内</Text>
      </View>
    )
  }
  const window = data.window
  const items = checkItems(data)
  const locked = existing?.status === 'accepted'
  const set = (itemId: string, patch: Partial<{ progress: Progress; note: string }>) =>
    setEntries((prev) => ({ ...prev, [itemId]: { ...EMPTY, ...prev[itemId], ...patch } }))

  const submit = async () => {
    const bad = checkProblem(items, entries)
    setProblem(bad)
    if (bad) return
    const list: CheckEntry[] = items.map((i) => ({
      itemId: i.id,
      progress: entries[i.id].progress as Progress,
      note: entries[i.id].note.trim(),
      photos: []
    }))
    setBusy(true)
    try {
      await commitment.submitCheck(data.year, window.quarter, list, existing?.rev)
      setSent(true)
    } catch (e) {
      setProblem(e instanceof CloudError && e.code === 'CONFLICT' ? '自查已在别处修改，请刷新' : errorMessage(e))
    } finally {
      setBusy(false)
    }
  }

  if (sent) {
    return (
      <View className='page'>
        <Text className='page__heading'>已提交自查</Text>
        <Text className='page__sub'>第{window.quarter}季度自查已报支部审核</Text>
      </View>
    )
  }

  return (
    <View className='page cm-check'>
      <Text className='page__heading'>{windowLabel(window)}</Text>
      <Text className='page__sub'>{existing ? `状态：${checkLabel(existing.status)}` : '逐项填写完成情况，提交后报支部审核'}</Text>
      {existing?.status === 'returned' && existing.returnReason ? (
        <Text className='cm-check__returned'>退回原因：{existing.returnReason}</Text>
      ) : null}
      {items.map((item, n) => (
        <View key={item.id} className='cm-check__item' data-item={item.id}>
          <Text className='cm-check__what'>
            {n + 1}. {item.section === X_SECTION ? '【X】' : ''}
            {item.what}
          </Text>
          {item.target ? <Text className='cm-check__line'>目标：{item.target}</Text> : null}
          {locked ? (
            <Text className='cm-check__line'>
              {PROGRESS_LABEL[entries[item.id]?.progress ?? 'notStarted']} {entries[item.id]?.note ?? ''}
            </Text>
          ) : (
            <>
              <Chips
                options={PROGRESS.map((p) => ({ value: p, label: PROGRESS_LABEL[p] }))}
                isOn={(p) => entries[item.id]?.progress === p}
                onTap={(p) => set(item.id, { progress: p })}
              />
              <Field
                label='情况说明'
                value={entries[item.id]?.note ?? ''}
                placeholder='完成了什么，还差什么'
                maxlength={200}
                onInput={(note) => set(item.id, { note })}
              />
            </>
          )}
        </View>
      ))}
      <View className='cm-check__photos' aria-disabled='true'>
        <Text className='cm-check__photos-label'>照片佐证</Text>
        <Text className='cm-check__photos-note'>照片佐证将在文件存储上线后开放</Text>
      </View>
      {problem ? <Text className='cm-check__error'>{problem}</Text> : null}
      {locked ? null : (
        <BigButton primary loading={busy} onTap={submit}>
          提交自查
        </BigButton>
      )}
    </View>
  )
}
