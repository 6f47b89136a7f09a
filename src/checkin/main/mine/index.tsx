import { View, Text } from '@tarojs/components'
import type { MyActivity } from '@shared/checkin/api'
import { checkin } from '@/checkin/service'
import { useCloudLoad } from '@/core/useCloudLoad'
import { openPage } from '@/core/nav'
import { PAGES } from '@/core/session'
import { ACTIVITY_TYPE_LABEL, myActivityTag, myCheckinLine, mySections, quarterText } from '@/checkin/view'
import { cstDateTime } from '@shared/core/time'
import StatusView from '@/core/components/StatusView'
import Tag from '@/core/components/Tag'
import './index.css'

function ActivityRow({ a }: { a: MyActivity }) {
  const canCheckIn = a.phase === 'open' && !a.mine.checkedInAt
  const tag = myActivityTag(a)
  const checkedIn = myCheckinLine(a)
  return (
    <View className='my-act__row' data-id={a._id}>
      <View className='my-act__line'>
        <Text className='my-act__title'>{a.title}</Text>
        <Tag tone={tag.tone}>{tag.label}</Tag>
      </View>
      <Text className='my-act__meta'>
        {ACTIVITY_TYPE_LABEL[a.type]} · {a.orgName}
      </Text>
      <Text className='my-act__meta'>{cstDateTime(a.startAt)} 开始</Text>
      {checkedIn ? <Text className='my-act__meta my-act__checked'>{checkedIn}</Text> : null}
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

/** 我的活动: this quarter's attendance, then activities running now, still to come, and past ones with my attendance. */
export default function MyActivitiesPage() {
  const { data, error, reload } = useCloudLoad(() => checkin.myActivities())
  if (!data) {
    return (
      <View className='page'>
        <StatusView loading={!error} error={error} onRetry={reload} />
      </View>
    )
  }
  const totals = quarterText(data.quarter)
  return (
    <View className='page my-act'>
      {totals ? <Text className='my-act__totals'>{totals}</Text> : null}
      {mySections(data.upcoming, data.past).map(([heading, list]) =>
        heading === '进行中' && list.length === 0 ? null : (
          <View key={heading} className='my-act__section'>
            <Text className='page__heading'>{heading}</Text>
            {list.length === 0 ? <Text className='my-act__empty'>暂无{heading}的活动</Text> : null}
            <View className='my-act__list'>
              {list.map((a) => (
                <ActivityRow key={a._id} a={a} />
              ))}
            </View>
          </View>
        )
      )}
    </View>
  )
}
