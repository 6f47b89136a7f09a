import { View, Text } from '@tarojs/components'
import type { MyActivity } from '@shared/checkin/api'
import { checkin } from '@/checkin/service'
import { useCloudLoad } from '@/core/useCloudLoad'
import { openPage } from '@/core/nav'
import { PAGES } from '@/core/session'
import { ACTIVITY_TYPE_LABEL } from '@/checkin/view'
import { PHASE_LABEL, ATTENDANCE_STATUS_LABEL } from '@shared/checkin/labels'
import { cstDateTime } from '@shared/core/time'
import StatusView from '@/core/components/StatusView'
import Tag, { type TagTone } from '@/core/components/Tag'
import './index.css'

const STATUS_TONE: Record<string, TagTone> = { present: 'blue', late: 'warn', makeup: 'warn', absent: 'red', guest: 'blue' }

function ActivityRow({ a }: { a: MyActivity }) {
  const status = a.mine.status
  const canCheckIn = a.phase === 'open' && !a.mine.checkedInAt
  return (
    <View className='my-act__row'>
      <View className='my-act__line'>
        <Text className='my-act__title'>{a.title}</Text>
        {status ? <Tag tone={STATUS_TONE[status]}>{ATTENDANCE_STATUS_LABEL[status]}</Tag> : <Tag>{PHASE_LABEL[a.phase]}</Tag>}
      </View>
      <Text className='my-act__meta'>
        {ACTIVITY_TYPE_LABEL[a.type]} · {a.orgName}
      </Text>
      <Text className='my-act__meta'>{cstDateTime(a.startAt)} 开始</Text>
      {canCheckIn ? (
        <View
          className='my-act__go'
          aria-role='button'
          onClick={() => openPage(`${PAGES.checkin}?activityId=${encodeURIComponent(a._id)}`)}
        >
          去签到
        </View>
      ) : null}
    </View>
  )
}

/** 我的活动: activities still to come or open, and past ones with my attendance. */
export default function MyActivitiesPage() {
  const { data, error, reload } = useCloudLoad(() => checkin.myActivities())
  if (!data) {
    return (
      <View className='page'>
        <StatusView loading={!error} error={error} onRetry={reload} />
      </View>
    )
  }
  return (
    <View className='page my-act'>
      <Text className='page__heading'>即将开始</Text>
      {data.upcoming.length === 0 ? <Text className='my-act__empty'>暂无即将开始的活动</Text> : null}
      <View className='my-act__list'>
        {data.upcoming.map((a) => (
          <ActivityRow key={a._id} a={a} />
        ))}
      </View>
      <Text className='page__heading'>已结束</Text>
      {data.past.length === 0 ? <Text className='my-act__empty'>暂无已结束的活动</Text> : null}
      <View className='my-act__list'>
        {data.past.map((a) => (
          <ActivityRow key={a._id} a={a} />
        ))}
      </View>
    </View>
  )
}
