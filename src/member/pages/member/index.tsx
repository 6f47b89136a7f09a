import { useCallback, useEffect, useState } from 'react'
import Taro from '@tarojs/taro'
import { View, Text } from '@tarojs/components'
import type { IdentityCard, RoleGrant, WhoamiResult } from '@shared/member/api'
import { member } from '@/member/service'
import { errorMessage } from '@/core/cloud'
import { sendToSignIn } from '@/core/nav'
import { canInvite } from '@/core/session'
import { isStaff } from '@shared/member/roles'
import { employmentLabel, partyStatusLabel, roleLabel } from '@shared/member/labels'
import { politicalAgeText } from '@/member/politicalAge'
import { cstDateTime } from '@shared/core/time'
import { groupCode } from '@/core/groupCode'
import Cell from '@/core/components/Cell'
import CellGroup from '@/core/components/CellGroup'
import StatusView from '@/core/components/StatusView'
import BigButton from '@/core/components/BigButton'
import Tag from '@/core/components/Tag'
import RoleEditor from '@/member/components/RoleEditor'
import './index.css'

function memberIdFromRoute(): string | undefined {
  const id = Taro.getCurrentInstance()?.router?.params?.id
  return id ? decodeURIComponent(id) : undefined
}

/** Roster → one member: the card; an invitation code for an unbound member; roles (committee staff). */
export default function MemberPage() {
  const [memberId] = useState(memberIdFromRoute)
  const [who, setWho] = useState<WhoamiResult | null>(null)
  const [card, setCard] = useState<IdentityCard | null>(null)
  const [error, setError] = useState<string | null>(null)
  const [invite, setInvite] = useState<{ code: string; expiresAt: string } | null>(null)
  const [inviting, setInviting] = useState(false)
  const [inviteError, setInviteError] = useState<string | null>(null)

  const load = useCallback(async () => {
    setError(null)
    if (!memberId) {
      setError('缺少党员编号，请从花名册进入')
      return
    }
    try {
      const [me, c] = await Promise.all([member.whoami(), member.card(memberId)])
      setWho(me)
      setCard(c)
    } catch (e) {
      if (sendToSignIn(e)) return
      setError(errorMessage(e))
    }
  }, [memberId])

  useEffect(() => {
    load()
  }, [load])

  if (!card || !who) {
    return (
      <View className='page'>
        <StatusView loading={!error} error={error} onRetry={memberId ? load : undefined} />
      </View>
    )
  }

  const m = card.member
  const myRoles = who.roles ?? who.member?.roles ?? []
  const orgName = (id: string | null | undefined) => (id ? (card.orgs[id]?.name ?? id) : '—')
  const age = politicalAgeText(card.politicalAge, card.honour)

  const createInvite = async () => {
    setInviting(true)
    setInviteError(null)
    try {
      setInvite(await member.createInvite(m._id))
    } catch (e) {
      setInviteError(errorMessage(e))
    } finally {
      setInviting(false)
    }
  }

  const rolesSaved = (roles: RoleGrant[]) => setCard({ ...card, member: { ...m, roles } })

  return (
    <View className='page member'>
      <View className='member__head'>
        <Text className='member__name'>{m.name}</Text>
        <View className='member__tags'>
          <Tag tone='plain'>{partyStatusLabel(m.partyStatus)}</Tag>
          {m.employment !== 'contract' ? <Tag tone='warn'>{employmentLabel(m.employment)}</Tag> : null}
          {m.bound ? <Tag tone='blue'>已绑定微信</Tag> : <Tag tone='warn'>未绑定微信</Tag>}
        </View>
      </View>
      {!m.bound && canInvite(myRoles, m) ? (
        <View className='member__invite'>
          <Text className='member__section'>邀请绑定</Text>
          <Text className='member__note'>该党员尚未绑定微信。生成一次性邀请码，当面出示或读给本人。</Text>
          {invite ? (
            <View className='invite'>
              <Text className='invite__label'>邀请码</Text>
              <Text className='invite__code' data-code={invite.code} userSelect>
                {groupCode(invite.code)}
              </Text>
              <Text className='invite__expiry'>有效期至 {cstDateTime(invite.expiresAt)}（北京时间），仅可使用一次</Text>
              <Text className='invite__hint'>请成员在“绑定党员身份”页选择“邀请码”输入</Text>
            </View>
          ) : null}
          {inviteError ? <Text className='member__error'>{inviteError}</Text> : null}
          <BigButton primary={!invite} loading={inviting} onTap={createInvite}>
            {invite ? '重新生成邀请码' : '生成邀请码'}
          </BigButton>
          {invite ? <Text className='member__note'>重新生成后，旧邀请码立即失效。</Text> : null}
        </View>
      ) : null}

      <CellGroup title='基本信息'>
        <Cell label='党龄' value={age.text} />
        <Cell label='用工类型' value={employmentLabel(m.employment)} />
        {m.phone ? <Cell label='手机号' value={m.phone} /> : null}
        <Cell label='入党日期' value={m.joinedAt ?? '—'} />
        <Cell label='转正日期' value={m.fullAt ?? '—'} />
      </CellGroup>
      <CellGroup title='组织关系'>
        <Cell label='组织关系所在' value={orgName(m.homeOrgId)} />
        <Cell label='参加组织生活'>
          {m.activeOrgIds.map((id) => (
            <Text key={id} className='member__line'>
              {orgName(id)}
            </Text>
          ))}
        </Cell>
        <Cell label='考核单位' value={orgName(m.assessingOrgId)} />
        {m.groupId ? <Cell label='党小组' value={orgName(m.groupId)} /> : null}
      </CellGroup>

      {isStaff(myRoles) ? (
        <RoleEditor memberId={m._id} roles={m.roles} onSaved={rolesSaved} />
      ) : m.roles.length ? (
        <CellGroup title='职务'>
          {m.roles.map((r) => (
            <Cell key={`${r.orgId}/${r.role}`} label={roleLabel(r.role)} value={orgName(r.orgId)} />
          ))}
        </CellGroup>
      ) : null}
    </View>
  )
}
