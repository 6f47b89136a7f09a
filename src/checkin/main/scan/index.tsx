import { useCallback, useEffect, useRef, useState } from 'react'
import Taro from '@tarojs/taro'
import { View, Text, Input } from '@tarojs/components'
import type { MyActivity } from '@shared/checkin/api'
import { checkin } from '@/checkin/service'
import { CloudError, errorMessage } from '@/core/cloud'
import { currentLocation, openLocationSetting } from '@/core/location'
import PrivacySheet from '@/core/privacy/PrivacySheet'
import { usePrivacy } from '@/core/privacy/usePrivacy'
import { canScanWithCamera, scanWithCamera } from '@/checkin/cameraScan'
import { openPage, relaunch, sendToLoginIfUnbound } from '@/core/nav'
import { codeFromScan, normaliseShortCode, parseScene } from '@/checkin/view'
import { remedyOf } from '@shared/checkin/refusals'
import { cstClock } from '@shared/core/time'
import { keepPendingCheckin } from '@/checkin/pending'
import { PAGES } from '@/core/session'
import BigButton from '@/core/components/BigButton'
import Chips from '@/core/components/Chips'
import Tag from '@/core/components/Tag'
import { cx } from '@/core/components/cx'
import './index.css'

type Target = { code: string } | { activityId: string; shortCode: string }

type Outcome = { ok: true; clock: string; late: boolean; title: string; orgName: string } | { ok: false; code: string; message: string }

/**
 * What WeChat's scanner reads: older base libraries read a mini-program code only when 'wxCode' is
 * asked for (wx.scanCode's scanType; Taro's ScanType type lacks it, hence the cast).
 */
const SCAN_TYPES = ['wxCode', 'qrCode'] as unknown as Array<keyof Taro.scanCode.ScanType>

const codeOf = (e: unknown) => (e instanceof CloudError ? e.code : 'ERROR')

function routeParams(): Record<string, string | undefined> {
  return (Taro.getCurrentInstance()?.router?.params ?? {}) as Record<string, string | undefined>
}

/**
 * 签到: opened by a scan (weapp wxacode `scene`, H5 URL `?scene=`), by the 签到 tile or by 去签到 in
 * my activities (`?activityId=`). Locates briefly, checks in, shows the answer large at once.
 */
export default function CheckinPage() {
  const [params] = useState(routeParams)
  const [busy, setBusy] = useState<string | null>(null)
  const [outcome, setOutcome] = useState<Outcome | null>(null)
  const [openActivities, setOpenActivities] = useState<MyActivity[] | null>(null)
  // Open activities I am already checked in at: said as such, not "nothing to check in at".
  const [doneActivities, setDoneActivities] = useState<MyActivity[]>([])
  const [inputFocus, setInputFocus] = useState(false)
  const [picked, setPicked] = useState<string | undefined>(params.activityId)
  const [typed, setTyped] = useState('')
  const [formError, setFormError] = useState<string | null>(null)
  const [signedOut, setSignedOut] = useState(false)
  const [rescanNote, setRescanNote] = useState(false)
  const last = useRef<Target | null>(null)
  const h5 = process.env.TARO_ENV !== 'weapp'
  const privacyRefused = usePrivacy().refused

  const submit = useCallback(async (target: Target) => {
    last.current = target
    setOutcome(null)
    setRescanNote(false)
    setBusy('正在获取位置…')
    const location = await currentLocation(3000)
    setBusy('正在签到…')
    try {
      const res =
        'code' in target
          ? await checkin.scan(target.code, location)
          : await checkin.typeShortCode(target.activityId, target.shortCode, location)
      setOutcome({ ok: true, clock: res.clock, late: res.late, title: res.activity.title, orgName: res.activity.orgName })
    } catch (e) {
      // Keep the scanned code through sign-in; the landing after it brings the member back here.
      if (remedyOf(codeOf(e)) === 'signIn' && 'code' in target) keepPendingCheckin(target.code)
      if (sendToLoginIfUnbound(e)) return
      setOutcome({ ok: false, code: codeOf(e), message: errorMessage(e) })
    } finally {
      setBusy(null)
    }
  }, [])

  useEffect(() => {
    const code = parseScene(params.scene)
    if (params.scene !== undefined && !code)
      setOutcome({ ok: false, code: 'CODE_MALFORMED', message: '二维码无法识别，请重新扫描签到屏上的二维码' })
    else if (code) submit({ code })
  }, [params, submit])

  // Typing the short code (H5 without a camera; weapp when the scanner fails) needs the activity,
  // picked from my open activities: the only one is picked already.
  useEffect(() => {
    checkin
      .myActivities()
      .then((r) => {
        const open = r.upcoming.filter((a) => a.phase === 'open')
        const choices = open.filter((a) => !a.mine.checkedInAt)
        setOpenActivities(choices)
        setDoneActivities(open.filter((a) => !!a.mine.checkedInAt))
        if (choices.length === 1) setPicked((p) => p ?? choices[0]._id)
      })
      .catch((e) => {
        if (codeOf(e) === 'UNAUTHENTICATED') setSignedOut(true)
        if (!sendToLoginIfUnbound(e)) setOpenActivities([])
      })
  }, [])

  const scanned = (text: string | null | undefined) => {
    if (text == null) return
    const code = codeFromScan(text)
    if (code) submit({ code })
    else setOutcome({ ok: false, code: 'CODE_MALFORMED', message: '这不是签到二维码，请扫描签到屏上的二维码' })
  }

  const canScan = !h5 || canScanWithCamera()
  const scan = async () => {
    setRescanNote(false)
    if (h5) {
      scanned(await scanWithCamera())
      return
    }
    try {
      const res = await Taro.scanCode({ onlyFromCamera: true, scanType: SCAN_TYPES })
      // A mini-program code gives the page path with its scene; a plain QR gives the text.
      scanned(res.path || res.result)
    } catch {
      // cancelled
    }
  }

  const sendShortCode = () => {
    const shortCode = normaliseShortCode(typed)
    if (!picked) return setFormError('请先选择活动')
    if (!shortCode) return setFormError('请输入签到屏二维码下方的6位数字')
    setFormError(null)
    submit({ activityId: picked, shortCode })
  }

  /** 重新输入: a typed code was wrong; empty the field and put the cursor back in it. */
  const retype = () => {
    setOutcome(null)
    setTyped('')
    setFormError(null)
    setInputFocus(false)
    setTimeout(() => setInputFocus(true), 0)
  }

  /** 重新扫码: the camera where there is one; otherwise say how (the phone's camera app opens the QR's URL). */
  const rescan = () => {
    if (canScan) return scan()
    setOutcome(null)
    setRescanNote(true)
  }

  const choices = openActivities ?? []
  const refusal = outcome && !outcome.ok ? outcome.code : null
  // What the answer lets the member do (shared/checkin/refusals.ts): scan again, locate again, sign in.
  const remedy = refusal ? remedyOf(refusal) : null
  const needsSignIn = signedOut || refusal === 'UNAUTHENTICATED'
  const typedLast = !!last.current && 'shortCode' in last.current
  // The code was wrong: scanning again helps after a scan, typing again after typing.
  const again = remedy === 'rescan' ? (typedLast ? 'retype' : 'rescan') : null
  return (
    <View className='page checkin'>
      {busy ? <Text className='checkin__busy'>{busy}</Text> : null}
      {outcome?.ok ? (
        <View className='checkin__result checkin__result--ok'>
          <Text className='checkin__big'>签到成功</Text>
          <Text className='checkin__clock'>签到时间 {outcome.clock}</Text>
          <Text className='checkin__title'>{outcome.title}</Text>
          <Text className='checkin__org'>{outcome.orgName}</Text>
          {outcome.late ? <Tag tone='warn'>迟到</Tag> : null}
        </View>
      ) : null}
      {outcome && !outcome.ok ? (
        <View
          className={cx('checkin__result', outcome.code === 'ALREADY_CHECKED_IN' ? 'checkin__result--done' : 'checkin__result--no')}
          data-code={outcome.code}
        >
          {outcome.code === 'UNAUTHENTICATED' ? (
            <>
              {/* Signing in is the whole answer: the server's 请重新进入小程序 would contradict it. */}
              <Text className='checkin__big'>请先登录</Text>
              <Text className='checkin__why'>
                {last.current && 'code' in last.current ? '登录后将自动完成本次签到' : '请先登录，再扫码或输入签到码签到'}
              </Text>
              <BigButton primary onTap={() => relaunch(PAGES.login)}>
                去登录
              </BigButton>
            </>
          ) : (
            <>
              <Text className='checkin__big'>{outcome.code === 'ALREADY_CHECKED_IN' ? '已签到' : '未能签到'}</Text>
              <Text className='checkin__why'>{outcome.message}</Text>
            </>
          )}
          {again === 'rescan' ? (
            <BigButton primary disabled={!!busy} onTap={rescan}>
              重新扫码
            </BigButton>
          ) : null}
          {again === 'retype' ? (
            <BigButton primary disabled={!!busy} onTap={retype}>
              重新输入
            </BigButton>
          ) : null}
          {remedy === 'location' ? (
            <>
              <Text className='checkin__hint'>
                {h5
                  ? '请在浏览器中允许获取位置，并到活动地点附近后重试。'
                  : privacyRefused
                    ? '需要位置授权：你未同意隐私保护指引，小程序无法获取位置。点“重新定位并签到”，同意后即可签到。'
                    : '请在小程序设置中打开位置权限，并到活动地点附近后重试。'}
              </Text>
              {!h5 && !privacyRefused && outcome.code === 'LOCATION_REQUIRED' ? (
                <BigButton onTap={() => void openLocationSetting()}>打开定位权限</BigButton>
              ) : null}
              <BigButton primary onTap={() => last.current && submit(last.current)}>
                重新定位并签到
              </BigButton>
            </>
          ) : null}
        </View>
      ) : null}

      {!outcome && signedOut ? (
        <View className='checkin__result checkin__result--no' data-code='UNAUTHENTICATED'>
          <Text className='checkin__why'>请先登录，再扫码或输入签到码签到</Text>
          <BigButton primary onTap={() => relaunch(PAGES.login)}>
            去登录
          </BigButton>
        </View>
      ) : null}
      {rescanNote ? (
        <Text className='checkin__hint checkin__rescan-note'>请用手机相机扫描签到屏上最新的二维码，或在下方输入签到码</Text>
      ) : null}

      {!outcome?.ok && !needsSignIn
        ? doneActivities.map((a) => (
            <Text key={a._id} className='checkin__done'>
              已于 {cstClock(a.mine.checkedInAt)} {a.mine.makeup ? '补签' : '签到'}：{a.title}
            </Text>
          ))
        : null}
      {canScan && !needsSignIn && again !== 'rescan' ? (
        <BigButton primary={!outcome || outcome.ok === false} disabled={!!busy} onTap={scan}>
          扫码签到
        </BigButton>
      ) : null}

      {!outcome?.ok && !needsSignIn ? (
        <View className='checkin__type'>
          <Text className='checkin__label'>输入签到码</Text>
          <Text className='checkin__note'>选择活动，输入签到屏二维码下方的6位数字</Text>
          {openActivities && choices.length === 0 && doneActivities.length === 0 ? (
            <Text className='checkin__note'>现在没有可签到的活动</Text>
          ) : null}
          <Chips options={choices.map((a) => ({ value: a._id, label: a.title }))} isOn={(id) => id === picked} onTap={setPicked} />
          <Input
            className='checkin__input'
            type='number'
            maxlength={7}
            placeholder='6位签到码'
            focus={inputFocus}
            onBlur={() => setInputFocus(false)}
            value={typed}
            onInput={(e) => setTyped(e.detail.value)}
            onConfirm={sendShortCode}
          />
          {formError ? <Text className='checkin__form-error'>{formError}</Text> : null}
          <BigButton disabled={!!busy} onTap={sendShortCode}>
            提交签到码
          </BigButton>
        </View>
      ) : null}

      {needsSignIn ? null : (
        <View className='checkin__links'>
          <View className='checkin__link' aria-role='button' onClick={() => openPage(PAGES.activities)}>
            我的活动
          </View>
          <View className='checkin__link' aria-role='button' onClick={() => relaunch(PAGES.home)}>
            首页
          </View>
        </View>
      )}
      <PrivacySheet />
    </View>
  )
}
