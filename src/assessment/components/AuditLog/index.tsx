import { useState } from 'react'
import { View, Text } from '@tarojs/components'
import type { AuditEntry } from '@shared/assessment/api'
import { callCloud, errorMessage } from '@/core/cloud'
import { auditLine } from '@/assessment/auditText'
import BigButton from '@/core/components/BigButton'
import './style.css'

/** 操作记录 in words: when (CST), who, what to whom, what changed; loaded on request (it can be long), one call. */
export default function AuditLog(props: { periodId: string; names: Record<string, string> }) {
  const [entries, setEntries] = useState<AuditEntry[] | null>(null)
  const [names, setNames] = useState<Record<string, string>>({})
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)

  const load = async () => {
    setBusy(true)
    setError(null)
    try {
      const log = await callCloud('assessment', { action: 'auditLog', periodId: props.periodId })
      setNames(log.names ?? {})
      setEntries(log.entries)
    } catch (e) {
      setError(errorMessage(e))
    } finally {
      setBusy(false)
    }
  }

  return (
    <View className='ao-audit'>
      <BigButton loading={busy} onTap={load}>
        {entries ? '刷新操作记录' : '查看操作记录'}
      </BigButton>
      {error ? <Text className='ao-audit__error'>{error}</Text> : null}
      {entries && entries.length === 0 ? <Text className='ao-audit__empty'>暂无记录</Text> : null}
      {entries?.map((e) => {
        const line = auditLine(e, { ...props.names, ...names })
        return (
          <View key={e._id} className='ao-audit__row'>
            <Text className='ao-audit__head'>
              {line.at} · {line.who}
            </Text>
            <Text className='ao-audit__what'>{line.what}</Text>
            {line.detail ? <Text className='ao-audit__change'>{line.detail}</Text> : null}
          </View>
        )
      })}
    </View>
  )
}
