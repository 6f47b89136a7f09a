import { useEffect, useState } from 'react'
import Taro from '@tarojs/taro'
import { View, Text, Canvas } from '@tarojs/components'
import type { Greeting } from '@shared/birthday/api'
import { OATH_TITLE } from '@shared/birthday/oath'
import { CloudError, errorMessage } from '@/core/cloud'
import { useCloudLoad } from '@/core/useCloudLoad'
import PrivacySheet from '@/core/privacy/PrivacySheet'
import { birthday } from '@/birthday/service'
import { routeParam } from '@/birthday/routes'
import ReminderOffer, { loadOffer } from '@/birthday/components/ReminderOffer'
import { cardLayout, chineseDate, yearsText } from '@/birthday/cardLayout'
import { findCanvas, paintCard, saveCard } from '@/birthday/cardCanvas'
import StatusView from '@/core/components/StatusView'
import BigButton from '@/core/components/BigButton'
import './index.css'

export const CARD_CANVAS_ID = 'birthday-card'

/**
 * My political-birthday greeting: the one the message or the to-do line names, else my newest. The
 * first time it is shown, openGreeting stamps it opened (a second call, on that first open only).
 */
async function loadGreeting(greetingId: string): Promise<Greeting | null> {
  const { greetings } = await birthday.myGreeting()
  const g = (greetingId ? greetings.find((x) => x._id === greetingId) : greetings[0]) ?? null
  if (!g || g.openedAt) return g
  return (await birthday.openGreeting(g._id)).greeting
}

export default function GreetingPage() {
  const [greetingId] = useState(() => routeParam(Taro.getCurrentInstance()?.router?.params, 'greetingId'))
  const { data, error, reload } = useCloudLoad(async () => {
    const [greeting, offer] = await Promise.all([loadGreeting(greetingId), loadOffer('birthdayGreeting')])
    return { greeting, offer }
  })
  const [drawn, setDrawn] = useState(false)
  const [busy, setBusy] = useState(false)
  const [saveNote, setSaveNote] = useState<string | null>(null)
  const [saveError, setSaveError] = useState<string | null>(null)
  const g = data?.greeting ?? null

  useEffect(() => {
    if (!g) return
    let live = true
    findCanvas(CARD_CANVAS_ID).then((canvas) => {
      if (live && canvas) setDrawn(paintCard(canvas, cardLayout(g)))
    })
    return () => {
      live = false
    }
  }, [g])

  if (!data) {
    return (
      <View className='page'>
        <StatusView loading={!error} error={error} onRetry={reload} />
      </View>
    )
  }
  if (!g) {
    return (
      <View className='page'>
        <Text className='greeting__empty'>暂无政治生日贺卡：入党纪念日当天会送到这里</Text>
      </View>
    )
  }

  const save = async () => {
    setBusy(true)
    setSaveError(null)
    setSaveNote(null)
    try {
      const canvas = await findCanvas(CARD_CANVAS_ID)
      if (!canvas) throw new CloudError('NO_CANVAS', '贺卡尚未画好，请稍后再试')
      const outcome = await saveCard(canvas, `政治生日贺卡-${g.date}`)
      setSaveNote(outcome === 'saved' ? '已保存到相册' : outcome === 'downloaded' ? '贺卡图片已下载' : null)
    } catch (e) {
      setSaveError(errorMessage(e))
    } finally {
      setBusy(false)
    }
  }

  return (
    <View className='page greeting'>
      <View className='greeting__head'>
        <Text className='greeting__title'>政治生日快乐</Text>
        <Text className='greeting__name'>{g.name} 同志</Text>
        <Text className='greeting__years'>{yearsText(g.years, g.round)}</Text>
        <Text className='greeting__org'>{g.orgName}</Text>
        <Text className='greeting__date'>
          {chineseDate(g.date)} · 入党于 {chineseDate(g.joinedAt)}
        </Text>
      </View>
      <View className='greeting__oath'>
        <Text className='greeting__oath-title'>{OATH_TITLE}</Text>
        <Text className='greeting__oath-text'>{g.oath}</Text>
      </View>
      <View className='greeting__card'>
        <Canvas type='2d' id={CARD_CANVAS_ID} canvasId={CARD_CANVAS_ID} className='greeting__canvas' />
      </View>
      <BigButton primary disabled={!drawn} loading={busy} onTap={save}>
        {process.env.TARO_ENV === 'weapp' ? '保存贺卡' : '下载贺卡'}
      </BigButton>
      {saveNote ? <Text className='greeting__ok'>{saveNote}</Text> : null}
      {saveError ? <Text className='greeting__error'>{saveError}</Text> : null}
      {data.offer ? (
        <ReminderOffer
          offer={data.offer}
          ask='明年入党纪念日，用微信消息提醒我'
          button='开启政治生日提醒'
          done='已开启：明年政治生日将收到微信提醒'
          on={(n) => `已开启政治生日提醒（还可接收 ${n} 次）`}
        />
      ) : null}
      <PrivacySheet />
    </View>
  )
}
