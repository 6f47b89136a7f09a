import { useState } from 'react'
import { View, Text } from '@tarojs/components'
import type { AttachmentInput } from '@shared/study/api'
import { caller } from '@/core/caller'
import { type PickedFile, pickDocument, pickedProblem, pickImage, uploadAttachment } from '@/study/attachment'

/**
 * 附件 of the push form (optional, one file): 添加文档 (PDF/Word) or 添加图片; the file is uploaded at once
 * to the caller's study folder and `onChange` gets its fileID and name (null when removed). A file over the
 * limits or of another type is refused on the phone; the server checks its bytes again.
 */
export default function AttachmentPicker(props: { value: AttachmentInput | null; onChange: (a: AttachmentInput | null) => void }) {
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)

  async function add(pick: () => Promise<PickedFile | null>) {
    setError(null)
    let file: PickedFile | null
    try {
      file = await pick()
    } catch (e) {
      setError(e instanceof Error ? e.message : '无法读取这个文件')
      return
    }
    if (!file) return
    const problem = pickedProblem(file)
    if (problem) {
      setError(problem)
      return
    }
    setBusy(true)
    try {
      const who = await caller()
      if (!who.member) throw new Error('请先登录并绑定党员身份')
      props.onChange(await uploadAttachment(file, who.member._id))
    } catch (e) {
      setError(e instanceof Error ? e.message : '附件上传失败，请重试')
    } finally {
      setBusy(false)
    }
  }

  return (
    <View data-attachment-picker>
      <Text className='st-line'>附件（可选，一个 PDF、Word 文档或图片；文档不超过 10 兆字节）</Text>
      {/* Keyed: each state mounts its own nodes (an update that drops a tap handler breaks the weapp runtime). */}
      {props.value ? (
        <View key='chosen' className='st-row'>
          <Text className='st-title' data-attachment-name>
            附件：{props.value.name}
          </Text>
          <Text className='st-link' data-attachment-remove onClick={() => props.onChange(null)}>
            移除
          </Text>
        </View>
      ) : busy ? (
        <Text key='busy' className='st-line'>
          正在上传…
        </Text>
      ) : (
        <View key='choose' className='st-row'>
          <Text className='st-link' data-attachment-doc onClick={() => void add(pickDocument)}>
            添加文档
          </Text>
          <Text className='st-link' data-attachment-image onClick={() => void add(pickImage)}>
            添加图片
          </Text>
        </View>
      )}
      {error ? <Text className='st-warn'>{error}</Text> : null}
    </View>
  )
}
