import { useState } from 'react'
import { View, Text, Picker } from '@tarojs/components'
import type { CheckinApi } from '@shared/checkin/api'
import type { Org, WhoamiResult } from '@shared/member/api'
import { checkin } from '@/checkin/service'
import { member } from '@/member/service'
import { errorMessage } from '@/core/cloud'
import { saveFile } from '@/core/files'
import { useCloudLoad } from '@/core/useCloudLoad'
import { openPage } from '@/core/nav'
import { PAGES } from '@/core/session'
import { isStaff } from '@shared/member/roles'
import { ACTIVITY_TYPE_LABEL, attendanceStats, defaultLedgerRange, ledgerOrgIds } from '@/checkin/view'
import { ATTENDANCE_STATUS_LABEL } from '@shared/checkin/labels'
import StatusView from '@/core/components/StatusView'
import BigButton from '@/core/components/BigButton'
import Chips from '@/core/components/Chips'
import { cstDateTime } from '@shared/core/time'
import './index.css'

type Ledger = CheckinApi['ledger']['res']

/** Who I am, and for committee staff the org tree (they pick any branch of the committee). */
async function loadCaller(): Promise<{ who: WhoamiResult; tree: Org[] }> {
  const who = await member.whoami()
  const tree = isStaff(who.roles ?? who.member?.roles) ? (await member.orgTree()).orgs : []
  return { who, tree }
}

/**
 * 签到台账: one org, a CST date range, the activities with their attendance (→ 出勤情况) and one row per
 * member per activity; export as xlsx. Organisers see their orgs; committee staff every branch.
 */
export default function LedgerPage() {
  const { data: caller, error: whoError, reload } = useCloudLoad(loadCaller)
  const who = caller?.who ?? null
  const [picked, setPicked] = useState<string | null>(null)
  const [range, setRange] = useState(() => defaultLedgerRange(Date.now()))
  const [ledger, setLedger] = useState<Ledger | null>(null)
  const [loading, setLoading] = useState(false)
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null)
  const [exporting, setExporting] = useState(false)

  const orgIds = ledgerOrgIds(who?.roles ?? who?.member?.roles, caller?.tree)
  const orgName = (id: string) => who?.orgs?.[id]?.name ?? caller?.tree.find((o) => o._id === id)?.name ?? id
  // The org shown: the one picked, else the first the caller may read — derived in the render, so the
  // buttons work from the first frame the page shows (an effect left one frame with none).
  const orgId = picked ?? orgIds[0] ?? null

  if (!who) {
    return (
      <View className='page'>
        <StatusView loading={!whoError} error={whoError} onRetry={reload} />
      </View>
    )
  }

  const pickOrg = (id: string) => {
    setPicked(id)
    setLedger(null) // never show one org's rows under another's chip
  }

  const query = async () => {
    if (!orgId) return
    if (range.from > range.to) return setMessage({ ok: false, text: '开始日期不能晚于结束日期' })
    setLoading(true)
    setMessage(null)
    try {
      setLedger(await checkin.ledger(orgId, range.from, range.to))
    } catch (e) {
      setMessage({ ok: false, text: errorMessage(e) })
    } finally {
      setLoading(false)
    }
  }

  const exportXlsx = async () => {
    if (!orgId) return
    if (range.from > range.to) return setMessage({ ok: false, text: '开始日期不能晚于结束日期' })
    setExporting(true)
    setMessage(null)
    try {
      const file = await checkin.ledgerXlsx(orgId, range.from, range.to)
      await saveFile(file)
      setMessage({ ok: true, text: `已导出 ${file.fileName}（${file.rowCount} 行）` })
    } catch (e) {
      setMessage({ ok: false, text: errorMessage(e) })
    } finally {
      setExporting(false)
    }
  }

  return (
    <View className='page ledger'>
      <View className='ledger__form'>
        <Text className='ledger__label'>组织</Text>
        <Chips flush options={orgIds.map((id) => ({ value: id, label: orgName(id) }))} isOn={(id) => id === orgId} onTap={pickOrg} />
        <Text className='ledger__label'>日期范围（北京时间）</Text>
        <View className='ledger__range'>
          <Picker mode='date' value={range.from} onChange={(e) => setRange((r) => ({ ...r, from: String(e.detail.value) }))}>
            <View className='ledger__pick' data-field='from'>
              {range.from}
            </View>
          </Picker>
          <Text className='ledger__to'>至</Text>
          <Picker mode='date' value={range.to} onChange={(e) => setRange((r) => ({ ...r, to: String(e.detail.value) }))}>
            <View className='ledger__pick' data-field='to'>
              {range.to}
            </View>
          </Picker>
        </View>
      </View>
      {orgIds.length === 0 ? <StatusView error='只有组织活动的书记、支委或党委党务人员可以查看台账' /> : null}
      <BigButton loading={loading} disabled={!orgId} onTap={query}>
        查询
      </BigButton>
      <BigButton primary loading={exporting} disabled={!orgId} onTap={exportXlsx}>
        导出 Excel 表格
      </BigButton>
      {message ? <Text className={message.ok ? 'ledger__ok' : 'ledger__error'}>{message.text}</Text> : null}
      {ledger ? (
        <View className='ledger__result'>
          <Text className='page__sub'>
            {ledger.org.name} · {ledger.activities.length} 次活动 · {ledger.rows.length} 条记录
          </Text>
          {ledger.rows.length === 0 ? <Text className='page__sub'>该时段没有活动</Text> : null}
          <View className='ledger__acts'>
            {ledger.activities.map((a) => (
              <View
                key={a._id}
                className='ledger__act'
                aria-role='button'
                onClick={() => openPage(`${PAGES.attendance}?id=${encodeURIComponent(a._id)}`)}
              >
                <Text className='ledger__act-title'>
                  {cstDateTime(a.startAt).slice(5, 10)} {a.title}
                </Text>
                <Text className='ledger__act-meta'>
                  {[ACTIVITY_TYPE_LABEL[a.type], ...attendanceStats(a.stage, a.summary).map(([label, value]) => `${label} ${value}`)].join(
                    ' · '
                  )}{' '}
                  ›
                </Text>
              </View>
            ))}
          </View>
          <View className='ledger__rows'>
            {ledger.rows.map((r) => (
              <View key={`${r.activityId}-${r.memberId}`} className='ledger__row'>
                <Text className='ledger__cell ledger__cell--date'>{r.date.slice(5)}</Text>
                <Text className='ledger__cell ledger__cell--title'>{r.title}</Text>
                <Text className='ledger__cell ledger__cell--name'>{r.name}</Text>
                <Text className='ledger__cell ledger__cell--status'>
                  {ATTENDANCE_STATUS_LABEL[r.status]}
                  {r.clock ? ` ${r.clock}` : ''}
                </Text>
              </View>
            ))}
          </View>
        </View>
      ) : null}
    </View>
  )
}
