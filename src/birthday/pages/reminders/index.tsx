import { useState } from 'react'
import { View, Text } from '@tarojs/components'
import type { ConsentBalances } from '@shared/reminders/api'
import { TEMPLATE_LABEL, type TemplateKey } from '@shared/reminders/templates'
import { errorMessage } from '@/core/cloud'
import { refreshCaller } from '@/core/caller'
import { useCloudLoad } from '@/core/useCloudLoad'
import { askConsent, askableKeys, stopConsent } from '@/core/subscribe'
import { keysToAsk, reminderKeysFor, reminderRows } from '@/birthday/reminders'
import StatusView from '@/core/components/StatusView'
import BigButton from '@/core/components/BigButton'
import './index.css'

/**
 * 消息提醒: the subscribe messages that concern me, whether each is on (and how many are left: WeChat's
 * are one-time), 开启 (a tap → the subscribe sheet; in H5 a confirm sheet) and 不再接收 (my refusal:
 * the server drops what is left). One call on open: whoami, fresh.
 */
export default function RemindersPage() {
  const { data: who, error, reload } = useCloudLoad(() => refreshCaller())
  const [balances, setBalances] = useState<ConsentBalances | null>(null)
  const [busy, setBusy] = useState(false)
  const [note, setNote] = useState<string | null>(null)
  const [fail, setFail] = useState<string | null>(null)

  if (!who) {
    return (
      <View className='page'>
        <StatusView loading={!error} error={error} onRetry={reload} />
      </View>
    )
  }
  const templates = who.subscribeTemplates ?? {}
  const rows = reminderRows(reminderKeysFor(who.roles), templates, balances ?? who.consents)
  const everything = askableKeys(keysToAsk(rows), templates)

  // Called straight from the tap (WeChat opens its sheet only from a tap): nothing awaited before askConsent.
  const turnOn = (keys: TemplateKey[]) => {
    if (busy) return
    setBusy(true)
    setNote(null)
    setFail(null)
    askConsent(keys, templates)
      .then((r) => {
        if (r.balances) setBalances(r.balances)
        setNote(r.accepted.length ? `已开启：${r.accepted.map((k) => TEMPLATE_LABEL[k]).join('、')}` : '未开启提醒')
      })
      .catch((e) => setFail(errorMessage(e)))
      .finally(() => setBusy(false))
  }

  const turnOff = async (key: TemplateKey) => {
    if (busy) return
    setBusy(true)
    setNote(null)
    setFail(null)
    try {
      setBalances(await stopConsent([key]))
      setNote(`已停止：${TEMPLATE_LABEL[key]}`)
    } catch (e) {
      setFail(errorMessage(e))
    } finally {
      setBusy(false)
    }
  }

  return (
    <View className='page reminders'>
      <Text className='reminders__intro'>
        微信消息是一次性的：每同意一次，可收到一条；用完后在这里再次开启。不开启也不影响使用，待办仍显示在首页。
      </Text>
      {rows.map((r) => (
        <View key={r.key} className='reminders__row' data-key={r.key}>
          <Text className='reminders__title'>{r.title}</Text>
          <Text className='reminders__purpose'>{r.purpose}</Text>
          <Text className={r.state === 'on' ? 'reminders__status reminders__status--on' : 'reminders__status'}>{r.status}</Text>
          {r.state === 'unavailable' ? null : (
            <View className='reminders__actions'>
              <View className='reminders__action' aria-role='button' onClick={() => turnOn([r.key])}>
                {r.state === 'on' ? '再开启一次' : '开启'}
              </View>
              {r.state === 'on' ? (
                <View className='reminders__action reminders__action--quiet' aria-role='button' onClick={() => turnOff(r.key)}>
                  不再接收
                </View>
              ) : null}
            </View>
          )}
        </View>
      ))}
      {note ? <Text className='reminders__ok'>{note}</Text> : null}
      {fail ? <Text className='reminders__error'>{fail}</Text> : null}
      {everything.length > 1 ? (
        <BigButton primary loading={busy} onTap={() => turnOn(everything)}>
          一键开启（{everything.length} 项）
        </BigButton>
      ) : null}
    </View>
  )
}
