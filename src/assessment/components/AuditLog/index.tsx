import { useState } from 'react'
import { View, Text } from '@tarojs/components'
import type { AuditEntry } from '@shared/assessment/api'
import { callCloud, errorMessage } from '@/core/cloud'
import { auditActionLabel, auditValue, auditWho } from '@/assessment/desk'
import { cstDateTime } from '@shared/core/time'
import BigButton from '@/core/components/BigButton'
import './style.css'

/** 操作记录: who, when, what, before → after; loaded on request (it can be long). */
export default function AuditLog(props: { periodId: string; names: Record<string, string> }) {
  const [entries, setEntries] = useState<AuditEntry[] | null>(null)
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)

  const load = async () => {
    setBusy(true)
    setError(null)
    try {
      setEntries((await callCloud('assessment', { action: 'auditLog', periodId: props.periodId })).entries)
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
      {entries?.map((e) => (
        <View key={e._id} className='ao-audit__row'>
          <Text className='ao-audit__head'>
            {cstDateTime(e.at)} · {auditWho(e, props.names)} · {auditActionLabel(e.action)}
          </Text>
          <Text className='ao-audit__target'>{e.target}</Text>
          <Text className='ao-audit__change'>
            {auditValue(e.before)} → {auditValue(e.after)}
          </Text>
        </View>
      ))}
    </View>
  )
}
