import { useState } from 'react'
import { View, Text } from '@tarojs/components'
import { CloudError, callCloud } from '@/core/cloud'
import BigButton from '@/core/components/BigButton'
import { saveBase64File } from './saveFile'
import './style.css'

/** 导出 Excel 表格: exportResults → a download (H5) or the document viewer (weapp). */
export default function ExportButton(props: { periodId: string }) {
  const [busy, setBusy] = useState(false)
  const [note, setNote] = useState<string | null>(null)
  const [error, setError] = useState<string | null>(null)

  const run = async () => {
    setBusy(true)
    setNote(null)
    setError(null)
    try {
      const file = await callCloud('assessment', { action: 'exportResults', periodId: props.periodId })
      await saveBase64File(file)
      setNote(`已导出 ${file.fileName}（${file.rowCount} 人）`)
    } catch (e) {
      setError(e instanceof CloudError ? e.message : '文件保存失败，请稍后重试')
    } finally {
      setBusy(false)
    }
  }

  return (
    <View className='ao-export'>
      <BigButton loading={busy} onTap={run}>
        导出 Excel 表格
      </BigButton>
      {note ? <Text className='ao-export__note'>{note}</Text> : null}
      {error ? <Text className='ao-export__error'>{error}</Text> : null}
    </View>
  )
}
