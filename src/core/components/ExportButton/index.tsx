import { useState } from 'react'
import { View, Text } from '@tarojs/components'
import { CloudError } from '@/core/cloud'
import BigButton from '@/core/components/BigButton'
import { saveBase64File } from './saveFile'
import './style.css'

/** What an export action answers (assessment.exportResults, commitment.exportCompletion, checkin.ledgerXlsx). */
export interface ExportedFile {
  fileName: string
  mimeType: string
  base64: string
  rowCount: number
}

/**
 * 导出 Excel 表格: `load` (an export action) → a download (H5) or the document viewer (weapp); then the file's
 * name and its row count in `unit` (人, 个支部).
 */
export default function ExportButton(props: { load: () => Promise<ExportedFile>; unit: string }) {
  const [busy, setBusy] = useState(false)
  const [note, setNote] = useState<string | null>(null)
  const [error, setError] = useState<string | null>(null)

  const run = async () => {
    setBusy(true)
    setNote(null)
    setError(null)
    try {
      const file = await props.load()
      await saveBase64File(file)
      setNote(`已导出 ${file.fileName}（${file.rowCount} ${props.unit}）`)
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
