import { useCallback, useEffect, useRef, useState } from 'react'
import Taro, { useDidHide, useDidShow } from '@tarojs/taro'
import { View, Text, Image } from '@tarojs/components'
import type { CheckinApi } from '@shared/checkin/api'
import { checkin } from '@/checkin/service'
import { errorMessage } from '@/core/cloud'
import { sendToSignIn } from '@/core/nav'
import { checkinUrl, newestFirst, secondsUntil } from '@/checkin/view'
import { PHASE_LABEL } from '@shared/checkin/labels'
import { cstDateTime } from '@shared/core/time'
import StatusView from '@/core/components/StatusView'
import QrCode from '@/core/components/QrCode'
import './index.css'

type Code = CheckinApi['stationCode']['res']

/** How often the screen asks for the code and the arrivals. */
export const POLL_MS = 3000

const isWeapp = () => process.env.TARO_ENV === 'weapp'

function activityIdFromRoute(): string | undefined {
  const id = Taro.getCurrentInstance()?.router?.params?.id
  return id ? decodeURIComponent(id) : undefined
}

/**
 * 签到屏: full screen at the door. The rotating code as a QR (H5: the URL of the H5 check-in page;
 * weapp: the mini-program code image, else a plain QR for Taro.scanCode), the 6-digit short code,
 * a countdown to the next code, and who has arrived, newest first. Polls every 3 s while shown;
 * stops when hidden (weapp in the background, another page on top, H5 tab hidden) and asks at once on return.
 */
export default function StationPage() {
  const [activityId] = useState(activityIdFromRoute)
  const [data, setData] = useState<Code | null>(null)
  const [error, setError] = useState<string | null>(null)
  const [stale, setStale] = useState(false)
  const [deadline, setDeadline] = useState(0)
  const [now, setNow] = useState(() => Date.now())
  const [wxacode, setWxacode] = useState<{ window: number; src: string } | null>(null)
  const [wxacodeFailed, setWxacodeFailed] = useState(false)
  const inFlight = useRef(false)
  // False while weapp is in the background, another page is on top, or the H5 tab is hidden.
  const [visible, setVisible] = useState(true)
  useDidHide(() => setVisible(false))
  useDidShow(() => setVisible(true))
  useEffect(() => {
    // Taro H5 turns visibilitychange into page hide/show too; this also covers a bare tab switch.
    if (isWeapp() || typeof document === 'undefined') return
    const onChange = () => setVisible(document.visibilityState !== 'hidden')
    document.addEventListener('visibilitychange', onChange)
    return () => document.removeEventListener('visibilitychange', onChange)
  }, [])

  const poll = useCallback(async () => {
    if (!activityId || inFlight.current) return
    inFlight.current = true
    try {
      const res = await checkin.stationCode(activityId)
      setData(res)
      // The server's secondsLeft against our own clock: a phone's clock may be off by minutes.
      setDeadline(Date.now() + res.secondsLeft * 1000)
      setError(null)
      setStale(false)
    } catch (e) {
      if (sendToSignIn(e)) return
      setError(errorMessage(e))
      setStale(true)
    } finally {
      inFlight.current = false
    }
  }, [activityId])

  useEffect(() => {
    if (!activityId) {
      setError('缺少活动编号，请从活动列表进入')
      return
    }
    // Hidden: no polling, no countdown, screen may sleep. Shown again: ask at once, then every POLL_MS.
    if (!visible) return
    setNow(Date.now())
    poll()
    const polling = setInterval(poll, POLL_MS)
    const ticking = setInterval(() => setNow(Date.now()), 1000)
    const weapp = isWeapp()
    if (weapp) Taro.setKeepScreenOn({ keepScreenOn: true }).catch(() => undefined)
    return () => {
      clearInterval(polling)
      clearInterval(ticking)
      if (weapp) Taro.setKeepScreenOn({ keepScreenOn: false }).catch(() => undefined)
    }
  }, [activityId, poll, visible])

  // Never more than one rotation (the server rounds secondsLeft up).
  const left = Math.min(secondsUntil(deadline, now), data?.rotateSeconds ?? Infinity)
  // A new code is due: ask now rather than at the next poll (once per deadline).
  const askedAt = useRef(0)
  useEffect(() => {
    if (!visible || !deadline || left > 0 || askedAt.current === deadline) return
    askedAt.current = deadline
    poll()
  }, [deadline, left, poll, visible])

  // weapp: one mini-program code image per window; a plain QR when it cannot be had.
  const codeWindow = data?.window
  useEffect(() => {
    if (!isWeapp() || codeWindow === undefined || !activityId || wxacode?.window === codeWindow) return
    checkin
      .stationWxacode(activityId)
      .then((r) => {
        setWxacode({ window: r.window, src: `data:${r.mimeType};base64,${r.base64}` })
        setWxacodeFailed(false)
      })
      .catch(() => setWxacodeFailed(true))
  }, [codeWindow, activityId, wxacode])

  if (!data) {
    return (
      <View className='page station'>
        <StatusView loading={!error} error={error} onRetry={activityId ? poll : undefined} />
      </View>
    )
  }

  const weapp = isWeapp()
  const a = data.activity
  const arrivals = newestFirst(data.checkins)
  const qrText = weapp ? data.code : checkinUrl(globalThis.location?.origin ?? '', data.code)
  const showImage = weapp && !wxacodeFailed && wxacode?.window === data.window

  return (
    <View className='station'>
      <View className='station__head'>
        <Text className='station__title'>{a.title}</Text>
        <Text className='station__org'>
          {a.orgName} · {PHASE_LABEL[a.phase]}
        </Text>
      </View>
      {/* Scanning outside the window is refused: say so on the screen, not only on each member's phone. */}
      {a.phase === 'upcoming' ? <Text className='station__notice'>签到将于 {cstDateTime(a.opensAt)} 开放，届时扫码有效</Text> : null}
      {a.phase === 'ended' ? <Text className='station__notice'>签到已于 {cstDateTime(a.closesAt)} 结束</Text> : null}
      <View className='station__code' data-url={qrText} data-window={String(data.window)}>
        {showImage && wxacode ? <Image className='station__wxacode' src={wxacode.src} mode='aspectFit' /> : <QrCode text={qrText} />}
        <Text className='station__scan-hint'>{scanHint(weapp, showImage)}</Text>
        <Text className='station__short'>{data.shortCode}</Text>
        <Text className='station__countdown'>{left} 秒后更新</Text>
        {stale ? <Text className='station__stale'>{error ?? '网络不稳定'}，正在重试…</Text> : null}
      </View>
      <View className='station__live'>
        <Text className='station__count'>
          已签到 <Text className='station__count-num'>{data.count}</Text> 人{a.expectedCount ? ` / 应到 ${a.expectedCount} 人` : ''}
        </Text>
        <View className='station__names'>
          {arrivals.map((c) => (
            <View key={c.memberId} className='station__arrival'>
              <Text className='station__name'>{c.name}</Text>
              <Text className='station__clock'>
                {c.clock}
                {c.late ? ' 迟到' : ''}
                {c.makeup ? ' 补签' : ''}
              </Text>
            </View>
          ))}
        </View>
      </View>
    </View>
  )
}

/**
 * How to scan what is on screen. WeChat's 扫一扫 opens only the mini-program code; the plain QR (the
 * fallback) holds the bare code, which only the mini-program's own scanner (签到 → 扫码签到) reads.
 */
function scanHint(weapp: boolean, wxacodeShown: boolean): string {
  if (!weapp) return '请用手机扫码，或在“签到”页输入下方签到码'
  if (wxacodeShown) return '请用微信扫一扫，或在本小程序“签到”页扫码'
  return '请打开本小程序，点“签到”→“扫码签到”扫描此码，或输入下方签到码'
}
