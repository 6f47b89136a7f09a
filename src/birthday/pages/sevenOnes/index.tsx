import { useEffect, useState } from 'react'
import Taro from '@tarojs/taro'
import { View, Text } from '@tarojs/components'
import type { SevenOnesSheet } from '@shared/birthday/api'
import { cstDate } from '@shared/core/time'
import { CloudError, errorMessage } from '@/core/cloud'
import { useCloudLoad } from '@/core/useCloudLoad'
import { birthday } from '@/birthday/service'
import { routeParam } from '@/birthday/routes'
import { chineseDate } from '@/birthday/text'
import { clock } from '@/birthday/view'
import StatusView from '@/core/components/StatusView'
import BigButton from '@/core/components/BigButton'
import Field from '@/core/components/Field'
import PickField from '@/core/components/PickField'
import Tag from '@/core/components/Tag'
import './index.css'

export const NOTE_MAX = 200

function readRoute() {
  const params = Taro.getCurrentInstance()?.router?.params
  const year = Number(routeParam(params, 'year'))
  return { memberId: routeParam(params, 'memberId'), year: Number.isInteger(year) && year > 0 ? year : 0 }
}

/** The day an item is ticked by default: today, or the year's last day for a past year. */
function defaultDate(year: number, today: string): string {
  return Number(today.slice(0, 4)) === year ? today : `${year}-12-31`
}

/**
 * A member's 七个一 sheet of a year: each item done or not, with its date and note. The branch committee
 * ticks an item (a date, a note) or takes the tick back; each save answers with the whole sheet.
 */
export default function SevenOnesPage() {
  const [route] = useState(readRoute)
  const { data, error, reload } = useCloudLoad(async () => {
    if (!route.memberId || !route.year) throw new CloudError('BAD_ROUTE', '缺少党员或年度，请从政治生日列表进入')
    return birthday.sevenOnes(route.memberId, route.year)
  })
  const [sheet, setSheet] = useState<SevenOnesSheet | null>(null)
  const [editing, setEditing] = useState<string | null>(null)
  const [draft, setDraft] = useState({ date: '', note: '' })
  const [busy, setBusy] = useState(false)
  const [saveError, setSaveError] = useState<string | null>(null)
  const today = cstDate(clock.now())

  useEffect(() => {
    if (data) setSheet(data)
  }, [data])

  if (!sheet) {
    return (
      <View className='page'>
        <StatusView loading={!error} error={error} onRetry={route.memberId ? reload : undefined} />
      </View>
    )
  }

  const open = (itemId: string) => {
    const mark = sheet.marks[itemId]
    setEditing(itemId)
    setSaveError(null)
    setDraft({ date: mark?.done && mark.date ? mark.date : defaultDate(sheet.year, today), note: mark?.note ?? '' })
  }

  const save = async (itemId: string, done: boolean) => {
    if (done && draft.note.length > NOTE_MAX) {
      setSaveError(`备注请控制在 ${NOTE_MAX} 字以内`)
      return
    }
    setBusy(true)
    setSaveError(null)
    try {
      setSheet(
        await birthday.markSevenOne(
          sheet.memberId,
          sheet.year,
          itemId,
          done,
          done ? draft.date || null : null,
          done ? draft.note.trim() : ''
        )
      )
      setEditing(null)
    } catch (e) {
      setSaveError(errorMessage(e))
    } finally {
      setBusy(false)
    }
  }

  const doneCount = sheet.items.filter((i) => sheet.marks[i.id]?.done).length

  return (
    <View className='page seven'>
      <View className='seven__head'>
        <Text className='seven__name'>{sheet.name}</Text>
        <Text className='seven__year'>
          {sheet.year}年政治生日“七个一” · 已完成 {doneCount}/{sheet.items.length}
        </Text>
      </View>
      <View className='seven__list'>
        {sheet.items.map((item) => {
          const mark = sheet.marks[item.id]
          const done = !!mark?.done
          return (
            <View key={item.id} className='seven__item' data-item={item.id}>
              <View className='seven__line' hoverClass='seven__line--pressed' aria-role='button' onClick={() => open(item.id)}>
                <Text className='seven__item-name'>{item.name}</Text>
                {done ? <Tag tone='blue'>已完成</Tag> : <Tag>未完成</Tag>}
              </View>
              {done ? (
                <Text className='seven__detail'>
                  {mark.date ? chineseDate(mark.date) : '日期未填'}
                  {mark.note ? ` · ${mark.note}` : ''}
                </Text>
              ) : null}
              {editing === item.id ? (
                <View className='seven__edit'>
                  <PickField
                    label='完成日期'
                    mode='date'
                    field='date'
                    value={draft.date}
                    start={`${sheet.year}-01-01`}
                    end={defaultDate(sheet.year, today)}
                    onPick={(date) => setDraft({ ...draft, date })}
                  />
                  <Field
                    label='备注'
                    multiline
                    maxlength={NOTE_MAX}
                    value={draft.note}
                    placeholder='如：支部书记当面送达贺卡'
                    onInput={(note) => setDraft({ ...draft, note })}
                  />
                  <BigButton primary loading={busy} onTap={() => save(item.id, true)}>
                    {done ? '保存' : '标记完成'}
                  </BigButton>
                  {done ? (
                    <BigButton loading={busy} onTap={() => save(item.id, false)}>
                      改为未完成
                    </BigButton>
                  ) : null}
                  {saveError ? <Text className='seven__error'>{saveError}</Text> : null}
                </View>
              ) : null}
            </View>
          )
        })}
      </View>
    </View>
  )
}
