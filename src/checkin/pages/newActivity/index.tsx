import { useEffect, useState } from 'react'
import Taro from '@tarojs/taro'
import { View, Text, Input, Picker } from '@tarojs/components'
import type { Activity, Station } from '@shared/checkin/api'
import type { RosterEntry, WhoamiResult } from '@shared/member/api'
import { checkin } from '@/checkin/service'
import { member } from '@/member/service'
import { errorMessage } from '@/core/cloud'
import { pickVenue } from '@/core/location'
import PrivacySheet from '@/core/privacy/PrivacySheet'
import { privacyState } from '@/core/privacy/consent'
import { useCloudLoad } from '@/core/useCloudLoad'
import { PAGES } from '@/core/session'
import { ACTIVITY_TYPES, ACTIVITY_TYPE_LABEL, organiserOrgIds } from '@/checkin/view'
import { buildActivityRequest, emptyForm, windowSummary, type ActivityForm } from '@/checkin/activityForm'
import { cstDateTime } from '@shared/core/time'
import StatusView from '@/core/components/StatusView'
import BigButton from '@/core/components/BigButton'
import { cx } from '@/core/components/cx'
import Chips from '@/core/components/Chips'
import './index.css'

type Set = <K extends keyof ActivityForm>(key: K, value: ActivityForm[K]) => void

function Label(props: { children: string }) {
  return <Text className='new-act__label'>{props.children}</Text>
}

function When(props: { form: ActivityForm; set: Set; which: 'start' | 'end' }) {
  const { form, set, which } = props
  const dateKey = which === 'start' ? 'startDate' : 'endDate'
  const timeKey = which === 'start' ? 'startTime' : 'endTime'
  return (
    <View className='new-act__when'>
      <Picker mode='date' value={form[dateKey]} onChange={(e) => set(dateKey, String(e.detail.value))}>
        <View className='new-act__pick' data-field={dateKey}>
          {form[dateKey]}
        </View>
      </Picker>
      <Picker mode='time' value={form[timeKey]} onChange={(e) => set(timeKey, String(e.detail.value))}>
        <View className='new-act__pick' data-field={timeKey}>
          {form[timeKey]}
        </View>
      </Picker>
    </View>
  )
}

function Minutes(props: {
  form: ActivityForm
  set: Set
  field: 'opensMinutesBefore' | 'closesMinutesAfter' | 'lateAfterMinutes'
  before: string
  after: string
}) {
  return (
    <View className='new-act__minutes'>
      <Text className='new-act__text'>{props.before}</Text>
      <Input
        className='new-act__num'
        type='number'
        maxlength={4}
        value={props.form[props.field]}
        onInput={(e) => props.set(props.field, e.detail.value)}
      />
      <Text className='new-act__text'>{props.after}</Text>
    </View>
  )
}

/** New activity: type, title, org, CST start/end, check-in window, open, venue, stations, who is expected. */
export default function NewActivityPage() {
  const { data: who, error, reload } = useCloudLoad<WhoamiResult>(() => member.whoami())
  const [form, setForm] = useState<ActivityForm | null>(null)
  const [stations, setStations] = useState<Station[]>([])
  const [stationName, setStationName] = useState('')
  const [roster, setRoster] = useState<RosterEntry[] | null>(null)
  const [busy, setBusy] = useState(false)
  const [message, setMessage] = useState<string | null>(null)
  const [created, setCreated] = useState<Activity | null>(null)

  const orgIds = organiserOrgIds(who?.roles ?? who?.member?.roles)
  const orgName = (id: string) => who?.orgs?.[id]?.name ?? id

  useEffect(() => {
    if (who && !form) setForm(emptyForm(Date.now(), orgIds[0] ?? ''))
  }, [who, form, orgIds])

  // Stations and the roster belong to the chosen org.
  const orgId = form?.orgId
  useEffect(() => {
    if (!orgId) return
    setStations([])
    setRoster(null)
    checkin
      .stations(orgId)
      .then((r) => setStations(r.stations))
      .catch((e) => setMessage(errorMessage(e)))
  }, [orgId])

  if (!who || !form) {
    return (
      <View className='page'>
        <StatusView loading={!error} error={error} onRetry={reload} />
      </View>
    )
  }
  if (orgIds.length === 0) {
    return (
      <View className='page'>
        <StatusView error='只有支部书记、副书记、支委和党小组长可以组织活动' />
      </View>
    )
  }

  const set: Set = (key, value) => setForm((f) => (f ? { ...f, [key]: value } : f))

  const chooseOrg = (id: string) => setForm((f) => (f ? { ...f, orgId: id, stationIds: [], expectedMemberIds: null } : f))

  const setVenue = async () => {
    const v = await pickVenue()
    if (v) set('venue', { lat: v.lat, lng: v.lng })
    else if (process.env.TARO_ENV !== 'weapp') setMessage('无法获取当前位置，请允许浏览器使用位置信息')
    else setMessage(privacyState().refused ? '未同意隐私保护指引，无法在地图上选点；可再次点“在地图上选择地点”查看并同意' : '未选择地点')
  }

  const toggleStation = (id: string) =>
    set('stationIds', form.stationIds.includes(id) ? form.stationIds.filter((s) => s !== id) : [...form.stationIds, id])

  const addStation = async () => {
    const name = stationName.trim()
    if (!name) return setMessage('请填写签到点名称')
    try {
      const { station } = await checkin.saveStation(form.orgId, name, form.venue)
      setStations((list) => [...list, station])
      set('stationIds', [...form.stationIds, station._id])
      setStationName('')
      setMessage(null)
    } catch (e) {
      setMessage(errorMessage(e))
    }
  }

  const chooseSome = async () => {
    try {
      const r =
        roster ??
        (await member.roster({ orgId: form.orgId })).members.filter((m) => m.relation.includes('active') || m.relation.includes('group'))
      setRoster(r)
      set(
        'expectedMemberIds',
        r.map((m) => m._id)
      )
    } catch (e) {
      setMessage(errorMessage(e))
    }
  }

  const toggleMember = (id: string) => {
    const ids = form.expectedMemberIds ?? []
    set('expectedMemberIds', ids.includes(id) ? ids.filter((m) => m !== id) : [...ids, id])
  }

  const submit = async () => {
    const checked = buildActivityRequest(form)
    if (!checked.ok) return setMessage(checked.message)
    setBusy(true)
    setMessage(null)
    try {
      setCreated((await checkin.create(checked.req)).activity)
    } catch (e) {
      setMessage(errorMessage(e))
    } finally {
      setBusy(false)
    }
  }

  if (created) {
    const id = encodeURIComponent(created._id)
    return (
      <View className='page new-act'>
        <View className='new-act__done'>
          <Text className='new-act__done-title'>活动已创建</Text>
          <Text className='new-act__text'>{created.title}</Text>
          <Text className='new-act__text'>
            签到 {cstDateTime(created.opensAt)} 开放，{cstDateTime(created.closesAt)} 截止（北京时间）
          </Text>
          <Text className='new-act__text'>应到 {created.expectedCount} 人</Text>
        </View>
        <BigButton primary onTap={() => Taro.redirectTo({ url: `${PAGES.station}?id=${id}` })}>
          打开签到屏
        </BigButton>
        <BigButton onTap={() => Taro.navigateBack()}>返回活动列表</BigButton>
      </View>
    )
  }

  const summary = windowSummary(form)
  const chosen = form.expectedMemberIds
  return (
    <View className='page new-act'>
      <View className='new-act__block'>
        <Label>活动类型</Label>
        <Chips
          flush
          options={ACTIVITY_TYPES.map((t) => ({ value: t, label: ACTIVITY_TYPE_LABEL[t] }))}
          isOn={(t) => form.type === t}
          onTap={(t) => set('type', t)}
        />
        <Label>活动名称</Label>
        <Input
          className='new-act__input'
          placeholder='如：11月主题党日'
          maxlength={60}
          value={form.title}
          onInput={(e) => set('title', e.detail.value)}
        />
        {orgIds.length > 1 ? (
          <>
            <Label>组织</Label>
            <Chips
              flush
              options={orgIds.map((id) => ({ value: id, label: orgName(id) }))}
              isOn={(id) => form.orgId === id}
              onTap={chooseOrg}
            />
          </>
        ) : (
          <Text className='new-act__org'>组织：{orgName(form.orgId)}</Text>
        )}
      </View>

      <View className='new-act__block'>
        <Label>开始时间（北京时间）</Label>
        <When form={form} set={set} which='start' />
        <Label>结束时间（北京时间）</Label>
        <When form={form} set={set} which='end' />
        <Label>签到时段</Label>
        <Minutes form={form} set={set} field='opensMinutesBefore' before='开始前' after='分钟开放签到' />
        <Minutes form={form} set={set} field='closesMinutesAfter' before='结束后' after='分钟截止签到' />
        <Minutes form={form} set={set} field='lateAfterMinutes' before='开始后' after='分钟签到算迟到' />
        {summary ? <Text className='new-act__summary'>{summary}</Text> : null}
      </View>

      <View className='new-act__block'>
        <Label>参加范围</Label>
        <Chips
          flush
          options={[
            { value: 'own', label: '仅本组织党员' },
            { value: 'open', label: '允许其他组织党员参加' }
          ]}
          isOn={(v) => form.open === (v === 'open')}
          onTap={(v) => set('open', v === 'open')}
        />
        <Label>应到党员</Label>
        <Chips
          flush
          options={[
            { value: 'all', label: '全体党员' },
            { value: 'some', label: '选择部分党员' }
          ]}
          isOn={(v) => (v === 'some') === !!form.expectedMemberIds}
          onTap={(v) => (v === 'all' ? set('expectedMemberIds', null) : void chooseSome())}
        />
        {chosen && roster ? (
          <View className='new-act__members'>
            <Text className='new-act__text'>
              已选 {chosen.length} / {roster.length} 人
            </Text>
            {roster.map((m) => (
              <View
                key={m._id}
                className={cx('new-act__member', chosen.includes(m._id) && 'new-act__member--on')}
                aria-role='checkbox'
                aria-checked={chosen.includes(m._id) ? 'true' : 'false'}
                onClick={() => toggleMember(m._id)}
              >
                {chosen.includes(m._id) ? '✓ ' : ''}
                {m.name}
              </View>
            ))}
          </View>
        ) : null}
      </View>

      <View className='new-act__block'>
        <Label>活动地点（可选）</Label>
        {form.venue ? (
          <>
            <Text className='new-act__text'>
              纬度 {form.venue.lat}，经度 {form.venue.lng}
            </Text>
            <View className='new-act__minutes'>
              <Text className='new-act__text'>签到范围</Text>
              <Input
                className='new-act__num'
                type='number'
                maxlength={4}
                value={form.radiusM}
                onInput={(e) => set('radiusM', e.detail.value)}
              />
              <Text className='new-act__text'>米</Text>
            </View>
            <Text className='new-act__note'>位置只作参考，手机可能虚报位置；真正的凭证是签到屏上不断更新的二维码。</Text>
            <View className='new-act__link' aria-role='button' onClick={() => set('venue', null)}>
              不限地点
            </View>
          </>
        ) : (
          <View className='new-act__link' aria-role='button' onClick={setVenue}>
            {process.env.TARO_ENV === 'weapp' ? '在地图上选择地点' : '使用我的当前位置'}
          </View>
        )}
        <Label>签到点</Label>
        <Chips
          flush
          multi
          options={stations.map((s) => ({ value: s._id, label: s.name }))}
          isOn={(id) => form.stationIds.includes(id)}
          onTap={toggleStation}
        />
        <View className='new-act__minutes'>
          <Input
            className='new-act__input new-act__input--grow'
            placeholder='新签到点名称，如：三楼会议室'
            maxlength={40}
            value={stationName}
            onInput={(e) => setStationName(e.detail.value)}
          />
          <View className='new-act__add' aria-role='button' onClick={addStation}>
            新建
          </View>
        </View>
      </View>

      {message ? <Text className='new-act__error'>{message}</Text> : null}
      <BigButton primary loading={busy} onTap={submit}>
        创建活动
      </BigButton>
      <PrivacySheet />
    </View>
  )
}
