import { useState } from 'react'
import { View, Text, Textarea } from '@tarojs/components'
import type { ImportRowError } from '@shared/member/api'
import { member } from '@/member/service'
import { CloudError, errorMessage } from '@/core/cloud'
import { IMPORT_EXAMPLE, IMPORT_HEADER_ZH, hasCsv } from '@/member/importCsv'
import BigButton from '@/core/components/BigButton'
import './index.css'

function rowErrors(e: unknown): ImportRowError[] {
  if (!(e instanceof CloudError) || e.code !== 'IMPORT_ROWS_INVALID' || !Array.isArray(e.details)) return []
  return (e.details as ImportRowError[]).filter((d) => d && typeof d.reason === 'string')
}

/** Committee staff: paste CSV (with a header row) and import it, all or nothing; every bad row listed. The page says 表格 and 逗号分隔, not CSV. */
export default function ImportPage() {
  const [csv, setCsv] = useState('')
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const [bad, setBad] = useState<ImportRowError[]>([])
  const [imported, setImported] = useState<number | null>(null)
  const [warnings, setWarnings] = useState<ImportRowError[]>([])

  const submit = async () => {
    setError(null)
    setBad([])
    setImported(null)
    setWarnings([])
    if (!hasCsv(csv)) {
      setError('请先粘贴名册内容（第一行为表头）')
      return
    }
    setBusy(true)
    try {
      const result = await member.importRoster({ csv })
      setImported(result.imported)
      setWarnings(result.warnings ?? [])
      setCsv('')
    } catch (e) {
      setError(errorMessage(e))
      setBad(rowErrors(e))
    } finally {
      setBusy(false)
    }
  }

  return (
    <View className='page import'>
      <Text className='page__heading'>导入名册</Text>
      <Text className='page__sub'>
        把名册整理成表格（各列同下方表头），另存为“逗号分隔”的文本后全部复制，粘贴到下方。任何一行有误则全部不导入，并列出每一行的问题。
      </Text>
      <View className='import__format'>
        <Text className='import__label'>表头（第一行，照抄即可）</Text>
        <Text className='import__mono' userSelect>
          {IMPORT_HEADER_ZH}
        </Text>
        <Text className='import__label'>示例行</Text>
        <Text className='import__mono' userSelect>
          {IMPORT_EXAMPLE}
        </Text>
        <Text className='import__note'>
          组织可填编号或全称；多个参加组织生活的组织用“;”分隔；日期写作 2015-07-01；党员状态、用工类型可填中文。
        </Text>
      </View>
      <Textarea
        className='import__textarea'
        placeholder='在此粘贴名册内容'
        value={csv}
        maxlength={-1}
        onInput={(e) => setCsv(e.detail.value)}
      />
      {imported !== null ? <Text className='import__ok'>导入成功：共 {imported} 人</Text> : null}
      {warnings.length ? (
        <View className='import__warn'>
          <Text className='import__warn-title'>已导入，以下 {warnings.length} 行请核对（如入党、转正日期）：</Text>
          {warnings.map((w) => (
            <View key={w.row} className='import__warn-row'>
              <Text className='import__warn-no'>{w.row === 0 ? '整体' : `第 ${w.row} 行`}</Text>
              <Text className='import__warn-reason'>{w.reason}</Text>
            </View>
          ))}
        </View>
      ) : null}
      {error ? <Text className='import__error'>{error}</Text> : null}
      {bad.length ? (
        <View className='import__bad'>
          {bad.map((b) => (
            <View key={b.row} className='import__bad-row'>
              <Text className='import__bad-no'>{b.row === 0 ? '整体' : `第 ${b.row} 行`}</Text>
              <Text className='import__bad-reason'>{b.reason}</Text>
            </View>
          ))}
        </View>
      ) : null}
      <BigButton primary loading={busy} onTap={submit}>
        导入
      </BigButton>
    </View>
  )
}
