import { View, Text } from '@tarojs/components'
import type { IdentityCard } from '@shared/member/api'
import { member } from '@/member/service'
import { useCloudLoad } from '@/core/useCloudLoad'
import { employmentLabel, partyStatusLabel } from '@shared/member/labels'
import { politicalAgeText } from '@/member/politicalAge'
import Cell from '@/core/components/Cell'
import CellGroup from '@/core/components/CellGroup'
import StatusView from '@/core/components/StatusView'
import Tag from '@/core/components/Tag'
import './index.css'

/** 亮身份: the member's identity card. */
export default function CardPage() {
  const { data: card, error, reload: load } = useCloudLoad<IdentityCard>(() => member.card())

  if (!card) {
    return (
      <View className='page'>
        <StatusView loading={!error} error={error} onRetry={load} />
      </View>
    )
  }

  const m = card.member
  const orgName = (id: string | null | undefined) => (id ? (card.orgs[id]?.name ?? '—') : '—')
  const age = politicalAgeText(card.politicalAge, card.honour)

  return (
    <View className='page'>
      <View className='id-card'>
        <View className='id-card__header'>
          <Text className='id-card__caption'>共产党员</Text>
          <Text className='id-card__name'>{m.name}</Text>
          <Text className='id-card__branch'>{orgName(m.assessingOrgId)}</Text>
        </View>
        <View className='id-card__body'>
          <View className='id-card__facts'>
            <View className='id-card__fact'>
              <Text className='id-card__fact-label'>身份</Text>
              <Text className='id-card__fact-value'>{partyStatusLabel(m.partyStatus)}</Text>
            </View>
            <View className='id-card__fact'>
              <Text className='id-card__fact-label'>党龄</Text>
              <Text className='id-card__fact-value'>{age.text}</Text>
            </View>
            <View className='id-card__fact'>
              <Text className='id-card__fact-label'>用工</Text>
              <Text className='id-card__fact-value'>{employmentLabel(m.employment)}</Text>
            </View>
          </View>
          {age.honour ? (
            <View className='id-card__honour'>
              <Tag tone='red'>{age.honour}</Tag>
            </View>
          ) : null}
        </View>
      </View>
      <CellGroup title='组织关系'>
        <Cell label='组织关系所在' value={orgName(m.homeOrgId)} />
        <Cell label='参加组织生活'>
          {m.activeOrgIds.map((id) => (
            <Text key={id} className='id-card__line'>
              {orgName(id)}
            </Text>
          ))}
        </Cell>
        <Cell label='考核单位' value={orgName(m.assessingOrgId)} />
        {m.groupId ? <Cell label='党小组' value={orgName(m.groupId)} /> : null}
      </CellGroup>
      <CellGroup title='日期'>
        <Cell label='入党日期' value={m.joinedAt ?? '—'} />
        <Cell label='转正日期' value={m.fullAt ?? '—'} />
      </CellGroup>
    </View>
  )
}
