import { useState } from 'react'
import { View, Text } from '@tarojs/components'
import type { AttachmentView } from '@shared/study/api'
import { sizeLabel } from '@shared/study/attachment'
import { openAttachment } from '@/study/attachment'

/**
 * The task's attachment on 学习报告单: its name and size; a tap opens it (weapp: a document in the document
 * viewer, an image in the previewer; H5: its temporary URL). An image still being checked says so; one that
 * failed the check is not shown.
 */
export default function AttachmentRow(props: { attachment: AttachmentView }) {
  const a = props.attachment
  const [error, setError] = useState<string | null>(null)
  if (a.state === 'risky') return null
  const label = `附件：${a.name}（${a.ext.toUpperCase()}${a.size ? `，${sizeLabel(a.size)}` : ''}）`
  return (
    <View data-attachment={a.state}>
      {a.state === 'pending' || !a.url ? (
        <Text className='st-line'>{a.state === 'pending' ? `${label} 图片审核中，稍后可查看` : `${label} 暂时无法打开，请稍后再试`}</Text>
      ) : (
        <Text
          className='st-link'
          data-attachment-open
          onClick={() => {
            setError(null)
            openAttachment(a).catch((e) => setError(e instanceof Error ? e.message : '附件打开失败'))
          }}
        >
          {label} 点击打开
        </Text>
      )}
      {error ? <Text className='st-warn'>{error}</Text> : null}
    </View>
  )
}
