import { useRef } from 'react'
import { useDidShow } from '@tarojs/taro'
import { View, Text } from '@tarojs/components'
import type { OrganiserActivity } from '@shared/checkin/api'
import { checkin } from '@/checkin/service'
import { useCloudLoad } from '@/core/useCloudLoad'
import { openPage } from '@/core/nav'
import { PAGES } from '@/core/session'
import { ACTIVITY_TYPE_LABEL, attendanceStats, organiserOrder } from '@/checkin/view'
import { PHASE_LABEL } from '@shared/checkin/labels'
import { cstDateTime } from '@shared/core/time'
import StatusView from '@/core/components/StatusView'
import BigButton from '@/core/components/BigButton'
import Tag from '@/core/components/Tag'
import './index.css'

const withId = (page: string, id: string) => `${page}?id=${encodeURIComponent(id)}`

function Row({ a }: { a: OrganiserActivity }) {
  return (
    <View className='org-act__row' data-id={a._id}>
      <View className='org-act__line' aria-role='button' onClick={() => openPage(withId(PAGES.attendance, a._id))}>
        <Text className='org-act__title'>{a.title}</Text>
        <Tag tone={a.phase === 'open' ? 'red' : 'plain'}>{PHASE_LABEL[a.phase]}</Tag>
      </View>
      <Text className='org-act__meta'>
        {ACTIVITY_TYPE_LABEL[a.type]} · {a.orgName}
        {a.open ? ' · 开放' : ''}
      </Text>
      <Text className='org-act__meta'>
        {cstDateTime(a.startAt)} 至 {cstDateTime(a.endAt).slice(11)}
      </Text>
      <View className='org-act__stats'>
        {attendanceStats(a.stage, a.summary).map(([label, value]) => (
          <Text key={label} className='org-act__stat'>
            {label} {value}
          </Text>
        ))}
      </View>
      <View className='org-act__actions'>
        {a.phase !== 'ended' ? (
          <View className='org-act__btn org-act__btn--main' aria-role='button' onClick={() => openPage(withId(PAGES.station, a._id))}>
            签到屏
          </View>
        ) : null}
        <View className='org-act__btn' aria-role='button' onClick={() => openPage(withId(PAGES.attendance, a._id))}>
          出勤情况
        </View>
      </View>
    </View>
  )
}

/** 活动签到: the activities of the orgs I organise (open now first), with their attendance summary. */
export default function OrgActivitiesPage() {
  const { data, error, reload } = useCloudLoad(() => checkin.organised())
  // Back from the form or the station screen: show the new activity and fresh counts.
  const shown = useRef(0)
  useDidShow(() => {
    if (shown.current++ > 0) reload()
  })
  return (
    <View className='page org-act'>
      <BigButton primary onTap={() => openPage(PAGES.newActivity)}>
        新建活动
      </BigButton>
      <View className='org-act__ledger' aria-role='button' onClick={() => openPage(PAGES.ledger)}>
        签到台账（导出 Excel 表格）
      </View>
      <StatusView loading={!data && !error} error={error} onRetry={reload} />
      {data && data.activities.length === 0 ? <Text className='org-act__empty'>还没有活动，点“新建活动”开始</Text> : null}
      <View className='org-act__list'>{data ? organiserOrder(data.activities).map((a) => <Row key={a._id} a={a} />) : null}</View>
    </View>
  )
}
