import { useState } from 'react'
import { View, Text, Input } from '@tarojs/components'
import type { WhoamiResult } from '@shared/member/api'
import { member } from '@/member/service'
import { errorMessage } from '@/core/cloud'
import { validateBind, type BindMode } from '@/member/bind'
import BigButton from '@/core/components/BigButton'
import { cx } from '@/core/components/cx'
import './style.css'

/**
 * Bind this WeChat account to a pre-loaded roster entry: name + last 4 digits of the phone,
 * or a one-time invitation code from the branch secretary. The server decides; its Chinese
 * message (wrong details, locked for 15 minutes …) is shown as is.
 */
export default function BindForm(props: { onBound: (who: WhoamiResult) => void }) {
  const [mode, setMode] = useState<BindMode>('phone')
  const [name, setName] = useState('')
  const [phoneLast4, setPhoneLast4] = useState('')
  const [inviteCode, setInviteCode] = useState('')
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)

  const submit = async () => {
    const checked = validateBind(mode, { name, phoneLast4, inviteCode })
    if (!checked.ok) {
      setError(checked.message)
      return
    }
    setBusy(true)
    setError(null)
    try {
      const who = await member.bind(checked.details)
      props.onBound(who)
    } catch (e) {
      setError(errorMessage(e))
    } finally {
      setBusy(false)
    }
  }

  const switchTo = (m: BindMode) => {
    setMode(m)
    setError(null)
  }

  return (
    <View className='bind-form'>
      <Text className='bind-form__title'>绑定党员身份</Text>
      <Text className='bind-form__hint'>首次使用，请核对身份。信息须与支部登记的一致。</Text>
      <View className='bind-form__modes'>
        <View
          className={cx('bind-form__mode', mode === 'phone' && 'bind-form__mode--on')}
          aria-role='tab'
          onClick={() => switchTo('phone')}
        >
          姓名+手机尾号
        </View>
        <View
          className={cx('bind-form__mode', mode === 'invite' && 'bind-form__mode--on')}
          aria-role='tab'
          onClick={() => switchTo('invite')}
        >
          邀请码
        </View>
      </View>
      {mode === 'phone' ? (
        <View className='bind-form__fields'>
          <Text className='bind-form__label'>姓名</Text>
          <Input
            className='bind-form__input'
            placeholder='请输入姓名'
            value={name}
            maxlength={20}
            onInput={(e) => setName(e.detail.value)}
          />
          <Text className='bind-form__label'>手机号后4位</Text>
          <Input
            className='bind-form__input'
            placeholder='登记手机号的后4位'
            type='number'
            maxlength={4}
            value={phoneLast4}
            onInput={(e) => setPhoneLast4(e.detail.value)}
          />
        </View>
      ) : (
        <View className='bind-form__fields'>
          <Text className='bind-form__label'>邀请码</Text>
          <Input
            className='bind-form__input'
            placeholder='支部书记出示的一次性邀请码'
            value={inviteCode}
            maxlength={32}
            onInput={(e) => setInviteCode(e.detail.value)}
          />
        </View>
      )}
      {error ? <Text className='bind-form__error'>{error}</Text> : null}
      <BigButton primary loading={busy} onTap={submit}>
        确认绑定
      </BigButton>
    </View>
  )
}
