import { useState } from 'react'
import { View, Text } from '@tarojs/components'
import type { SubscribeTemplates, TemplateKey } from '@shared/reminders/templates'
import { caller } from '@/core/caller'
import { errorMessage } from '@/core/cloud'
import { openPage } from '@/core/nav'
import { askConsent } from '@/core/subscribe'
import { BIRTHDAY_PAGES } from '@/birthday/routes'
import './style.css'

export interface Offer {
  templateKey: TemplateKey
  templates: SubscribeTemplates
  /** Messages left (one per consent). */
  left: number
}

/**
 * The offer of one reminder, from the caller the session knows (no call when it does): null when its
 * template id is not set, when `when` refuses this caller, or when whoami fails (the page shows without it).
 */
export async function loadOffer(templateKey: TemplateKey, when: (roles: string[]) => boolean = () => true): Promise<Offer | null> {
  try {
    const who = await caller()
    const id = who.subscribeTemplates?.[templateKey]
    if (!id || !when((who.roles ?? []).map((r) => r.role))) return null
    return { templateKey, templates: { [templateKey]: id }, left: who.consents?.[templateKey] ?? 0 }
  } catch {
    return null
  }
}

/**
 * Renewal at a natural tap: with the consent used up, `ask` and a button `button` (the subscribe sheet
 * straight from the tap: WeChat opens it only from one); with one left, `on(n)`. 管理消息提醒 → the page.
 */
export default function ReminderOffer(props: { offer: Offer; ask: string; button: string; done: string; on: (left: number) => string }) {
  const { offer } = props
  const [left, setLeft] = useState(offer.left)
  const [busy, setBusy] = useState(false)
  const [note, setNote] = useState<string | null>(null)
  const tap = () => {
    if (busy) return
    setBusy(true)
    setNote(null)
    askConsent([offer.templateKey], offer.templates)
      .then((r) => {
        if (r.balances) setLeft(r.balances[offer.templateKey])
        setNote(r.accepted.length ? props.done : '未开启提醒')
      })
      .catch((e) => setNote(errorMessage(e)))
      .finally(() => setBusy(false))
  }
  return (
    <View className='reminder-offer'>
      {left > 0 ? (
        <Text className='reminder-offer__text'>{props.on(left)}</Text>
      ) : (
        <>
          <Text className='reminder-offer__text'>{props.ask}</Text>
          <View className='reminder-offer__button' aria-role='button' onClick={tap}>
            {busy ? '请稍候…' : props.button}
          </View>
        </>
      )}
      {note ? <Text className='reminder-offer__note'>{note}</Text> : null}
      <Text className='reminder-offer__link' onClick={() => openPage(BIRTHDAY_PAGES.reminders)}>
        管理消息提醒
      </Text>
    </View>
  )
}
