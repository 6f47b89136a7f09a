import { useState } from 'react'
import { View, Text } from '@tarojs/components'
import type { FiftyMember } from '@shared/birthday/api'
import { cstDate } from '@shared/core/time'
import { errorMessage } from '@/core/cloud'
import { useCloudLoad } from '@/core/useCloudLoad'
import { birthday } from '@/birthday/service'
import { chineseDate } from '@/birthday/text'
import { clock, cutoffText } from '@/birthday/view'
import StatusView from '@/core/components/StatusView'
import Chips from '@/core/components/Chips'
import ExportButton from '@/core/components/ExportButton'
import './index.css'

type Answer = Awaited<ReturnType<typeof birthday.fiftyYears>>

function Row(props: { m: FiftyMember }) {
  const { m } = props
  return (
    <View className='fifty__row' data-member={m._id}>
      <Text className='fifty__name'>{m.name}</Text>
      <Text className='fifty__dates'>
        入党 {m.joinedAt ? chineseDate(m.joinedAt) : '未填'} · 转正 {m.fullAt ? chineseDate(m.fullAt) : '未填'}
      </Text>
    </View>
  )
}

/**
 * Committee staff: the year's 光荣在党50年 list (党龄 from 转正 reaching 50 by the cut-off, default 1 July),
 * and apart the members whose dates are missing, for the secretaries to fix. This year or the next.
 */
export default function FiftyYearsPage() {
  const thisYear = Number(cstDate(clock.now()).slice(0, 4))
  const { data: first, error, reload } = useCloudLoad(() => birthday.fiftyYears())
  const [picked, setPicked] = useState<Answer | null>(null)
  const [busy, setBusy] = useState(false)
  const [pickError, setPickError] = useState<string | null>(null)
  const data = picked ?? first

  if (!data) {
    return (
      <View className='page'>
        <StatusView loading={!error} error={error} onRetry={reload} />
      </View>
    )
  }

  const pickYear = async (y: string) => {
    if (busy || Number(y) === data.year) return
    setBusy(true)
    setPickError(null)
    try {
      setPicked(await birthday.fiftyYears(Number(y)))
    } catch (e) {
      setPickError(errorMessage(e))
    } finally {
      setBusy(false)
    }
  }

  const years = [thisYear, thisYear + 1].map(String)
  return (
    <View className='page fifty'>
      <Chips options={years.map((y) => ({ value: y, label: `${y}年` }))} isOn={(y) => Number(y) === data.year} onTap={pickYear} />
      <View className='fifty__head'>
        <Text className='fifty__title'>
          {data.year}年光荣在党50年 · {data.due.length} 人
        </Text>
        <Text className='fifty__note'>党龄从转正日期算起，截至{cutoffText(data.year, data.cutoff)}满 50 年</Text>
      </View>
      {pickError ? <Text className='fifty__error'>{pickError}</Text> : null}
      {data.due.length ? (
        <View className='fifty__list'>
          {data.due.map((m) => (
            <Row key={m._id} m={m} />
          ))}
        </View>
      ) : (
        <Text className='fifty__empty'>本年度没有党龄满 50 年的党员</Text>
      )}
      {data.missingDates.length ? (
        <View className='fifty__missing'>
          <Text className='fifty__section'>
            {data.missingLabel} · {data.missingDates.length} 人（请支部书记补全）
          </Text>
          <View className='fifty__list'>
            {data.missingDates.map((m) => (
              <Row key={m._id} m={m} />
            ))}
          </View>
        </View>
      ) : null}
      {data.due.length || data.missingDates.length ? <ExportButton load={() => birthday.fiftyYearsXlsx(data.year)} unit='人' /> : null}
    </View>
  )
}
