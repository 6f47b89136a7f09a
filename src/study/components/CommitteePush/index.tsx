import { useState } from 'react'
import { View, Text } from '@tarojs/components'
import type { CommitteePush as Reach, PlanItem } from '@shared/study/api'
import { errorMessage } from '@/core/cloud'
import BigButton from '@/core/components/BigButton'
import Tag from '@/core/components/Tag'
import { study } from '@/study/service'
import { reachLine } from '@/study/view'

/**
 * One item of the committee's plan: how far it reached (未下发 / 已下发 n/N 个支部), 下发到各支部 (重新下发 once
 * pushed) with a confirm that names the item and the branches, then the result (branches reached). The item
 * pushed is the saved one (`saved`); an item not saved yet is not offered. `onPushed`: the page reloads.
 */
export default function CommitteePush(props: {
  committeeId: string
  year: number
  item: PlanItem
  saved: boolean
  reach: Reach
  onPushed: () => Promise<void>
}) {
  const { item, reach } = props
  const line = reachLine(reach, item.id)
  const [confirm, setConfirm] = useState(false)
  const [busy, setBusy] = useState(false)
  const [done, setDone] = useState<string | null>(null)
  const [failure, setFailure] = useState<string | null>(null)
  const push = async () => {
    setBusy(true)
    setFailure(null)
    try {
      const { branches } = await study.pushPlanItem(props.committeeId, props.year, item.id)
      setConfirm(false)
      setDone(`已下发到 ${branches} 个支部`)
      await props.onPushed()
    } catch (e) {
      setFailure(errorMessage(e))
    } finally {
      setBusy(false)
    }
  }
  const forGroup = item.audience.kind === 'group'
  return (
    <View data-reach={item.id}>
      <View className='st-row'>
        <Tag tone={line.tone}>{line.label}</Tag>
        {props.saved && !forGroup && !confirm ? (
          <Text
            className='st-link'
            data-push-branches={item.id}
            onClick={() => {
              setConfirm(true)
              setDone(null)
            }}
          >
            {line.again ? '重新下发' : '下发到各支部'}
          </Text>
        ) : null}
      </View>
      {line.note ? <Text className='st-line'>{line.note}</Text> : null}
      {forGroup ? <Text className='st-line'>面向党小组的条目不能下发到各支部</Text> : null}
      {confirm ? (
        <View className='st-block' data-confirm-push>
          <Text className='st-line'>
            将“{item.content}”（{item.month}月）下发到本党委所属的全部 {reach.branches} 个支部
            {line.again ? '，已下发的支部将更新为现在的内容' : ''}。下发后支部不能修改或删除这一条。确认下发？
          </Text>
          <BigButton primary loading={busy} onTap={push}>
            确认下发
          </BigButton>
          <BigButton onTap={() => setConfirm(false)}>取消</BigButton>
        </View>
      ) : null}
      {done ? <Text className='st-ok'>{done}</Text> : null}
      {failure ? <Text className='st-error'>{failure}</Text> : null}
    </View>
  )
}
