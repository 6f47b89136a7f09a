import { useState } from 'react'
import { View, Text } from '@tarojs/components'
import { FLAGS, FLAG_LABEL, type AssessmentApi } from '@shared/assessment/api'
import { callCloud, errorMessage } from '@/core/cloud'
import { openPage } from '@/core/nav'
import { useCloudLoad } from '@/core/useCloudLoad'
import { boardPage, periodPage } from '@/assessment/desk'
import { PERIOD_STATUS_LABEL } from '@shared/assessment/labels'
import { countTotal, flagShares } from '@/assessment/flagChart'
import StatusView from '@/core/components/StatusView'
import Tag from '@/core/components/Tag'
import Chips from '@/core/components/Chips'
import FlagChart from '@/assessment/components/FlagChart'
import './index.css'

type Overview = AssessmentApi['overview']['res']

/** 考评总览 (committee staff): flag distribution per branch and for the committee, for one period name; drill down. */
export default function AssessOverviewPage() {
  const { data, error, reload } = useCloudLoad<Overview>(() => callCloud('assessment', { action: 'overview' }))
  const [picked, setPicked] = useState<Overview | null>(null)
  const [switchError, setSwitchError] = useState<string | null>(null)

  if (!data) {
    return (
      <View className='page'>
        <StatusView loading={!error} error={error} onRetry={reload} />
      </View>
    )
  }
  const o = picked ?? data
  const pick = async (name: string) => {
    setSwitchError(null)
    try {
      setPicked(await callCloud('assessment', { action: 'overview', name }))
    } catch (e) {
      setSwitchError(errorMessage(e))
    }
  }
  const total = countTotal(o.totals)
  const shares = flagShares(o.totals)

  return (
    <View className='page overview'>
      <Text className='page__heading'>考评总览</Text>
      {o.names.length === 0 ? <Text className='page__sub'>各支部还没有开启考评</Text> : null}
      {o.names.length ? <Chips options={o.names.map((n) => ({ value: n, label: n }))} isOn={(n) => n === o.name} onTap={pick} /> : null}
      {switchError ? <Text className='overview__error'>{switchError}</Text> : null}

      {o.name ? (
        <>
          <Text className='overview__title'>党委合计（已发布 {total} 人）</Text>
          <View className='overview__totals'>
            {FLAGS.map((f) => (
              <Text key={f} className={`overview__total overview__total--${f}`} data-flag={f}>
                {FLAG_LABEL[f]} {o.totals[f]} 人（{shares[f]}%）
              </Text>
            ))}
          </View>
          <FlagChart rows={[{ key: 'all', label: '党委合计', flags: o.totals }]} />
          <Text className='overview__title'>各支部旗帜分布</Text>
          <FlagChart rows={o.branches.map((b) => ({ key: b.orgId, label: b.orgName, flags: b.flags }))} />
          <Text className='overview__title'>各支部考评</Text>
          <View className='overview__list'>
            {o.branches.map(({ orgId, orgName, period }) => (
              <View key={orgId} className='overview__row' data-org={orgId}>
                <View className='overview__top'>
                  <Text className='overview__name'>{orgName}</Text>
                  {period ? (
                    <Tag tone={period.status === 'published' ? 'blue' : 'warn'}>{PERIOD_STATUS_LABEL[period.status]}</Tag>
                  ) : (
                    <Tag>未开启</Tag>
                  )}
                </View>
                {period ? (
                  <View className='overview__links'>
                    {period.status === 'published' ? (
                      <View className='overview__link' aria-role='button' onClick={() => openPage(boardPage(period._id))}>
                        评比台
                      </View>
                    ) : null}
                    <View className='overview__link' aria-role='button' onClick={() => openPage(periodPage(period._id))}>
                      工作台
                    </View>
                  </View>
                ) : null}
              </View>
            ))}
          </View>
        </>
      ) : null}
    </View>
  )
}
