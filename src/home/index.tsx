import { useCallback, useEffect, useState } from 'react'
import { View, Text } from '@tarojs/components'
import type { WhoamiResult } from '@shared/member/api'
import { member } from '@/member/service'
import { errorMessage } from '@/core/cloud'
import { devSession, isLocalMode } from '@/core/devSession'
import { openPage, relaunch } from '@/core/nav'
import { PAGES, canSeeRoster } from '@/core/session'
import { isStaff } from '@shared/member/roles'
import { partyStatusLabel } from '@shared/member/labels'
import { ASSESS_PAGES } from '@/assessment/routes'
import { ASSESS_ORG_PAGES } from '@/assessment/orgRoutes'
import { assessDeskNote } from '@/assessment/deskAccess'
import { organiserOrgIds } from '@/checkin/view'
import EntryTile from '@/core/components/EntryTile'
import StatusView from '@/core/components/StatusView'
import BigButton from '@/core/components/BigButton'
import './index.css'

/** Features later releases build: shown, visibly not yet available. */
const COMING_SOON = ['承诺卡', '学习']

export default function HomePage() {
  const [who, setWho] = useState<WhoamiResult | null>(null)
  const [error, setError] = useState<string | null>(null)

  const load = useCallback(async () => {
    setError(null)
    try {
      const me = await member.whoami()
      if (!me.bound) {
        relaunch(PAGES.login)
        return
      }
      setWho(me)
    } catch (e) {
      setError(errorMessage(e))
    }
  }, [])

  useEffect(() => {
    load()
  }, [load])

  // A bound caller always has a member (whoami's contract); until then the page is loading.
  if (!who?.member) {
    return (
      <View className='page'>
        <StatusView loading={!error} error={error} onRetry={load} />
      </View>
    )
  }

  const me = who.member
  const orgs = who.orgs ?? {}
  const branch = orgs[me.assessingOrgId]?.name ?? orgs[me.activeOrgIds[0]]?.name ?? ''
  const roles = who.roles ?? me.roles

  return (
    <View className='page home'>
      <View className='home__hello'>
        <Text className='home__name'>{me.name}，您好</Text>
        <Text className='home__branch'>{branch}</Text>
        <Text className='home__status'>{partyStatusLabel(me.partyStatus)}</Text>
      </View>
      <View className='home__tiles'>
        <EntryTile title='我的身份卡' note='亮身份' onTap={() => openPage(PAGES.card)} />
        <EntryTile title='签到' note='扫码 · 签到码' onTap={() => openPage(PAGES.checkin)} />
        <EntryTile title='我的活动' note='出勤记录' onTap={() => openPage(PAGES.activities)} />
        {organiserOrgIds(roles).length > 0 ? (
          <EntryTile title='活动签到' note='组织活动 · 签到屏 · 台账' onTap={() => openPage(PAGES.orgActivities)} />
        ) : null}
        {canSeeRoster(roles) ? <EntryTile title='支部花名册' note='书记 · 党务' onTap={() => openPage(PAGES.roster)} /> : null}
        {assessDeskNote(roles) ? (
          <EntryTile title='考评管理' note={assessDeskNote(roles) ?? ''} onTap={() => openPage(ASSESS_ORG_PAGES.periods)} />
        ) : null}
        {isStaff(roles) ? (
          <>
            <EntryTile title='组织架构' note='党委 · 新增修改' onTap={() => openPage(PAGES.orgs)} />
            <EntryTile title='导入名册' note='CSV 批量导入' onTap={() => openPage(PAGES.import)} />
            <EntryTile title='考评总览' note='各支部旗帜分布' onTap={() => openPage(ASSESS_ORG_PAGES.overview)} />
            <EntryTile title='考评细则' note='方面 · 权重 · 分数线' onTap={() => openPage(ASSESS_ORG_PAGES.rubric)} />
            <EntryTile title='签到台账' note='各支部 · 出勤 · 导出' onTap={() => openPage(PAGES.ledger)} />
          </>
        ) : null}
        <EntryTile title='考评' note='评分 · 结果 · 评比台' onTap={() => openPage(ASSESS_PAGES.my)} />
        {COMING_SOON.map((t) => (
          <EntryTile key={t} title={t} disabled />
        ))}
      </View>
      {isLocalMode() ? (
        <BigButton
          onTap={async () => {
            try {
              await devSession.logout()
            } finally {
              relaunch(PAGES.login)
            }
          }}
        >
          切换演示身份
        </BigButton>
      ) : null}
    </View>
  )
}
