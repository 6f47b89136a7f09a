import { useEffect, useState, type ReactNode } from 'react'
import Taro from '@tarojs/taro'
import { View, Text } from '@tarojs/components'
import type { AssessmentApi, MemberResult } from '@shared/assessment/api'
import type { WhoamiResult } from '@shared/member/api'
import { CloudError, callCloud, errorMessage } from '@/core/cloud'
import { member } from '@/member/service'
import { openPage } from '@/core/nav'
import { useCloudLoad } from '@/core/useCloudLoad'
import { isStaff } from '@shared/member/roles'
import { boardPage, clock, missingOrgNames, orgRatePage, resultPage } from '@/assessment/desk'
import { PEER_SCOPE_LABEL, PERIOD_STATUS_LABEL } from '@shared/assessment/labels'
import { cstDateTime } from '@shared/core/time'
import { RATED_EVENT } from '@/assessment/routes'
import { canRate } from '@/assessment/period'
import { ratedByText, ratesAsOrg } from '@/assessment/orgRaters'
import { closeWarning } from '@/assessment/closeWarning'
import { holdSheet, massesSheetPage } from '@/assessment/massesSheet'
import { orgCatchUp } from '@shared/assessment/ratingWindow'
import { countedUntilNote } from '@shared/assessment/derived'
import StatusView from '@/core/components/StatusView'
import BigButton from '@/core/components/BigButton'
import Tag from '@/core/components/Tag'
import Field from '@/core/components/Field'
import ProgressTable from '@/assessment/components/ProgressTable'
import ResultsTable from '@/assessment/components/ResultsTable'
import MassesCodes from '@/assessment/components/MassesCodes'
import ObjectionList from '@/assessment/components/ObjectionList'
import TalkList from '@/assessment/components/TalkList'
import ExportButton from '@/core/components/ExportButton'
import AuditLog from '@/assessment/components/AuditLog'
import './index.css'

type Desk = AssessmentApi['getPeriod']['res'] & { who: WhoamiResult }
type Confirm = 'close' | 'publish' | 'reopen' | null

function periodIdFromRoute(): string {
  const id = Taro.getCurrentInstance()?.router?.params?.periodId
  return id ? decodeURIComponent(id) : ''
}

function Section(props: { title: string; children?: ReactNode }) {
  return (
    <View className='desk__section'>
      <Text className='desk__title'>{props.title}</Text>
      {props.children}
    </View>
  )
}

/** 考评工作台: one period for its secretary (and committee staff), by status: rating → closed → published. */
export default function AssessPeriodPage() {
  const [periodId] = useState(periodIdFromRoute)
  const { data, error, reload } = useCloudLoad<Desk>(async () => {
    if (!periodId) throw new CloudError('INVALID_INPUT', '缺少考评编号，请从考评管理进入')
    const [who, got] = await Promise.all([member.whoami(), callCloud('assessment', { action: 'getPeriod', periodId })])
    return { ...got, who }
  })
  // An organisation rating saved on the form opened from the progress table shows when coming back.
  useEffect(() => {
    const onRated = (e?: { periodId?: string }) => {
      if (!e?.periodId || e.periodId === periodId) reload()
    }
    Taro.eventCenter.on(RATED_EVENT, onRated)
    return () => {
      Taro.eventCenter.off(RATED_EVENT, onRated)
    }
  }, [reload, periodId])
  const [now] = useState(clock.now)
  const [results, setResults] = useState<MemberResult[] | null>(null)
  const [codes, setCodes] = useState<{ codes: string[]; expiresAt: string } | null>(null)
  const [codeCount, setCodeCount] = useState('10')
  const [missing, setMissing] = useState<string[]>([])
  const [confirm, setConfirm] = useState<Confirm>(null)
  const [reason, setReason] = useState('')
  const [busy, setBusy] = useState<string | null>(null)
  const [actionError, setActionError] = useState<string | null>(null)
  const [notice, setNotice] = useState<string | null>(null)

  const period = data?.period
  // The results come with the desk (getPeriod); a compute replaces them below.
  useEffect(() => {
    setResults(data?.results ?? null)
  }, [data])

  if (!data || !period) {
    return (
      <View className='page'>
        <StatusView loading={!error} error={error} onRetry={periodId ? reload : undefined} />
      </View>
    )
  }

  const roles = data.who.roles ?? data.who.member?.roles ?? []
  const staff = isStaff(roles)
  const manage = data.canManage
  const meId = data.who.member?._id ?? ''
  const names: Record<string, string> = data.who.member ? { [meId]: data.who.member.name } : {}
  for (const p of data.progress ?? []) names[p.memberId] = p.name
  for (const r of results ?? []) names[r.memberId] = r.name

  /** Run one action: busy flag, error shown, nothing else changes on failure. */
  const run = async (key: string, call: () => Promise<void>) => {
    setBusy(key)
    setActionError(null)
    setNotice(null)
    try {
      await call()
    } catch (e) {
      if (e instanceof CloudError && e.code === 'ORG_RATINGS_MISSING') setMissing(missingOrgNames(e.details))
      setActionError(errorMessage(e))
    } finally {
      setBusy(null)
    }
  }

  const issueCodes = () =>
    run('codes', async () => {
      const count = Number(codeCount)
      if (!/^\d+$/.test(codeCount.trim()) || count < 1 || count > 50) throw new CloudError('INVALID_INPUT', '每次可发放1到50个参评码')
      setCodes(await callCloud('assessment', { action: 'issueMassesCodes', periodId, count }))
      await reload()
    })
  const close = () =>
    run('close', async () => {
      await callCloud('assessment', { action: 'closePeriod', periodId })
      setConfirm(null)
      setCodes(null)
      await reload()
    })
  const compute = () =>
    run('compute', async () => {
      setMissing([])
      const r = await callCloud('assessment', { action: 'compute', periodId })
      setResults(r.results)
      setNotice(`已计算 ${r.results.length} 人的结果，请核对后发布`)
      await reload()
    })
  const publish = () =>
    run('publish', async () => {
      const r = await callCloud('assessment', { action: 'publish', periodId })
      setConfirm(null)
      await reload()
      setNotice(`已发布公示，生成谈话任务 ${r.talks} 个`)
    })
  const reopen = () =>
    run('reopen', async () => {
      const text = reason.trim()
      if (!text) throw new CloudError('INVALID_INPUT', '请填写重新开启的原因')
      await callCloud('assessment', { action: 'reopenPeriod', periodId, reason: text })
      setConfirm(null)
      setReason('')
      await reload()
      setNotice('已重新开启，可重新计算结果')
    })

  const rateAsOrg = (memberId: string) => openPage(orgRatePage(periodId, memberId))
  const byName = (n: string) => data.progress?.find((p) => p.name === n)?.memberId
  // Organisation ratings: while rating, and after a close until compute (the way out of a close before
  // every member had one). Each committee member rates everyone but themselves (unless alone): their own
  // row says who rates them instead of a link to a form that would refuse them.
  const orgRaters = data.orgRaters ?? null
  const orgOpen = canRate(period, now.getTime(), 'org')
  const mayRate = (memberId: string) => (orgRaters ? ratesAsOrg(meId, memberId, orgRaters) : manage)
  const ratedBy = (memberId: string) => (orgRaters && memberId === meId ? ratedByText(memberId, orgRaters) : null)
  const warning = data.progress
    ? closeWarning(data.progress, orgRaters, { issued: data.massesCodesIssued, used: data.massesCodesUsed ?? 0 })
    : null
  // Computed before the period's end: the derived items left out activities still to come.
  const derived = data.rubric.aspects.some((a) => a.items.some((i) => i.scoring === 'derived'))
  const cutoff = derived && period.computedAt ? countedUntilNote(period.to, new Date(period.computedAt)) : null
  const openSheet = () => {
    if (!codes) return
    holdSheet({ periodId, periodName: period.name, orgName: period.orgName, codes: codes.codes, expiresAt: codes.expiresAt })
    openPage(massesSheetPage(periodId))
  }

  return (
    <View className='page desk'>
      <View className='desk__head'>
        <View className='desk__top'>
          <Text className='desk__name'>{period.name}</Text>
          <Tag tone={period.status === 'rating' ? 'red' : period.status === 'closed' ? 'warn' : 'blue'}>
            {PERIOD_STATUS_LABEL[period.status]}
          </Tag>
        </View>
        <Text className='desk__org'>{period.orgName}</Text>
        <Text className='desk__meta'>
          考评期间 {period.from} 至 {period.to} · {period.memberIds.length} 人 · {PEER_SCOPE_LABEL[period.peerScope]}
        </Text>
        <Text className='desk__meta'>评分截止 {cstDateTime(period.ratingDeadline)}（北京时间）</Text>
        {period.publishedAt ? (
          <Text className='desk__meta'>
            发布于 {cstDateTime(period.publishedAt)}，公示至 {cstDateTime(period.publicityEndsAt)}
          </Text>
        ) : null}
        {period.reopenedAt ? <Text className='desk__meta'>党委于 {cstDateTime(period.reopenedAt)} 重新开启</Text> : null}
      </View>

      {notice ? <Text className='desk__notice'>{notice}</Text> : null}
      {actionError ? <Text className='desk__error'>{actionError}</Text> : null}
      {missing.length ? (
        <View className='desk__missing'>
          <Text className='desk__missing-title'>以下 {missing.length} 名党员还没有组织评分，不能计算结果：</Text>
          {missing.map((n) => {
            const id = byName(n)
            return (
              <View key={n} className='desk__missing-row' data-member={id}>
                <Text className='desk__missing-name'>{n}</Text>
                {id && orgOpen && mayRate(id) ? (
                  <View className='desk__link' aria-role='button' onClick={() => rateAsOrg(id)}>
                    去组织评分
                  </View>
                ) : id && ratedBy(id) ? (
                  <Text className='desk__by'>{ratedBy(id)}</Text>
                ) : null}
              </View>
            )
          })}
        </View>
      ) : null}

      {orgCatchUp(period) && warning?.orgMissing.length ? (
        <Text className='desk__catchup'>
          评分已截止。尚无组织评分的 {warning.orgMissing.length} 名党员，书记、副书记和支委仍可补评，全部完成后即可计算结果。
        </Text>
      ) : null}

      {data.progress && period.status !== 'published' ? (
        <Section title='评分进度'>
          <ProgressTable
            progress={data.progress}
            onRateAsOrg={orgOpen && (manage || orgRaters?.some((r) => r.memberId === meId)) ? rateAsOrg : undefined}
            ratesAsOrg={mayRate}
            ratedBy={ratedBy}
          />
        </Section>
      ) : null}

      {manage && period.status === 'rating' ? (
        <Section title='群众参评码'>
          <Text className='desk__text'>已发放 {data.massesCodesIssued} 个。每码一次有效，群众无需账号。</Text>
          <Field label='本次发放个数' type='number' value={codeCount} placeholder='1-50' maxlength={2} onInput={setCodeCount} />
          <BigButton loading={busy === 'codes'} onTap={issueCodes}>
            发放群众参评码
          </BigButton>
          {codes ? (
            <>
              <BigButton primary onTap={openSheet}>
                {process.env.TARO_ENV === 'h5' ? '打印参评码条' : '生成参评码条（截屏分享）'}
              </BigButton>
              <MassesCodes codes={codes.codes} expiresAt={codes.expiresAt} />
            </>
          ) : null}
        </Section>
      ) : null}

      {manage && period.status === 'rating' ? (
        confirm === 'close' ? (
          <View className='desk__confirm'>
            <Text className='desk__text'>截止后党员和群众不能再评分或修改评分；组织评分在计算结果前仍可补评。</Text>
            {warning?.lines.map((line) => (
              <Text key={line} className='desk__warn'>
                {line}
              </Text>
            ))}
            {warning?.complete ? <Text className='desk__text'>各项评分均已完成。</Text> : null}
            <BigButton primary loading={busy === 'close'} onTap={close}>
              {warning && !warning.complete ? '仍然截止评分' : '确认截止评分'}
            </BigButton>
            <BigButton onTap={() => setConfirm(null)}>取消</BigButton>
          </View>
        ) : (
          <BigButton primary onTap={() => setConfirm('close')}>
            截止评分
          </BigButton>
        )
      ) : null}

      {manage && period.status === 'closed' ? (
        <BigButton primary={!results} loading={busy === 'compute'} onTap={compute}>
          {results ? '重新计算结果' : '计算结果'}
        </BigButton>
      ) : null}

      {results ? (
        <Section title={period.status === 'published' ? '考评结果' : '考评结果（未发布，请核对）'}>
          {cutoff ? <Text className='desk__text desk__cutoff'>{cutoff}</Text> : null}
          <ResultsTable results={results} onOpen={(memberId) => openPage(resultPage(periodId, memberId))} />
        </Section>
      ) : null}

      {manage && period.status === 'closed' && results ? (
        confirm === 'publish' ? (
          <View className='desk__confirm'>
            <Text className='desk__text'>
              发布后结果在评比台公示 {period.publicityDays}{' '}
              天，黄旗、蓝旗、灰旗党员将生成谈话任务。发布后如需修改须由党委重新开启。确认发布？
            </Text>
            <BigButton primary loading={busy === 'publish'} onTap={publish}>
              确认发布
            </BigButton>
            <BigButton onTap={() => setConfirm(null)}>取消</BigButton>
          </View>
        ) : (
          <BigButton primary onTap={() => setConfirm('publish')}>
            发布公示
          </BigButton>
        )
      ) : null}

      {period.status === 'published' ? (
        <>
          <BigButton primary onTap={() => openPage(boardPage(periodId))}>
            查看评比台
          </BigButton>
          <Section title='异议'>
            <ObjectionList periodId={periodId} canAnswer={manage} initial={data.objections} />
          </Section>
          <Section title='谈话'>
            <TalkList periodId={periodId} orgId={period.orgId} meId={meId} canAssign={manage} now={now} initial={data.talks} />
          </Section>
        </>
      ) : null}

      {results && (manage || staff) ? (
        <ExportButton load={() => callCloud('assessment', { action: 'exportResults', periodId })} unit='人' />
      ) : null}

      {staff && period.status === 'published' ? (
        <Section title='重新开启（党委）'>
          {confirm === 'reopen' ? (
            <View className='desk__confirm'>
              <Field label='原因' multiline value={reason} placeholder='重新开启的原因，如 异议核实后需更正出勤数据' onInput={setReason} />
              <BigButton primary loading={busy === 'reopen'} onTap={reopen}>
                确认重新开启
              </BigButton>
              <BigButton onTap={() => setConfirm(null)}>取消</BigButton>
            </View>
          ) : (
            <BigButton onTap={() => setConfirm('reopen')}>重新开启本期考评</BigButton>
          )}
        </Section>
      ) : null}

      {manage || staff ? (
        <Section title='操作记录'>
          <AuditLog periodId={periodId} names={names} />
        </Section>
      ) : null}
    </View>
  )
}
