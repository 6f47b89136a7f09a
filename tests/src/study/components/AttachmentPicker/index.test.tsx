jest.mock('@/study/attachment', () => ({
  ...jest.requireActual('@/study/attachment'),
  pickDocument: jest.fn(),
  pickImage: jest.fn(),
  uploadAttachment: jest.fn()
}))
jest.mock('@/core/caller', () => ({ ...jest.requireActual('@/core/caller'), caller: jest.fn() }))
import { useState } from 'react'
import { render, screen, waitFor } from '@testing-library/react'
import type { AttachmentInput } from '@shared/study/api'
import AttachmentPicker from '@/study/components/AttachmentPicker'
import { pickDocument, pickImage, uploadAttachment } from '@/study/attachment'
import { caller } from '@/core/caller'
import { tap } from '@tests/src/helpers/dom'

const changes: Array<AttachmentInput | null> = []
function Host() {
  const [value, setValue] = useState<AttachmentInput | null>(null)
  return (
    <AttachmentPicker
      value={value}
      onChange={(a) => {
        changes.push(a)
        setValue(a)
      }}
    />
  )
}

beforeEach(() => {
  changes.length = 0
  jest.mocked(caller).mockResolvedValue({ bound: true, member: { _id: 'm03' } } as any)
})
afterEach(() => jest.resetAllMocks())

describe('附件 of the push form', () => {
  it('a document is uploaded to the caller’s folder and named; 移除 drops it', async () => {
    jest.mocked(pickDocument).mockResolvedValue({ localPath: 'blob:1', name: '读本.pdf', size: 1000 })
    jest.mocked(uploadAttachment).mockResolvedValue({ fileID: 'cloud://e.b/study/m03/k.pdf', name: '读本.pdf' })
    render(<Host />)
    await tap('添加文档')
    expect(await screen.findByText('附件：读本.pdf')).toBeTruthy()
    expect(uploadAttachment).toHaveBeenCalledWith({ localPath: 'blob:1', name: '读本.pdf', size: 1000 }, 'm03')
    await tap('移除')
    await waitFor(() => expect(screen.getByText('添加文档')).toBeTruthy())
    expect(changes).toEqual([{ fileID: 'cloud://e.b/study/m03/k.pdf', name: '读本.pdf' }, null])
  })

  it('an image goes the same way', async () => {
    jest.mocked(pickImage).mockResolvedValue({ localPath: 'wxfile://s', name: '学习材料图片.jpg', size: 0 })
    jest.mocked(uploadAttachment).mockResolvedValue({ fileID: 'cloud://e.b/study/m03/k.jpg', name: '学习材料图片.jpg' })
    render(<Host />)
    await tap('添加图片')
    expect(await screen.findByText('附件：学习材料图片.jpg')).toBeTruthy()
  })

  it.each<[string, { localPath: string; name: string; size: number }, string]>([
    ['too large', { localPath: 'b', name: '读本.pdf', size: 11 * 1024 * 1024 }, '文档不能超过 10 兆字节'],
    ['another type', { localPath: 'b', name: '表格.xlsx', size: 10 }, '只能添加 PDF、Word 文档或图片']
  ])('a file %s is refused on the phone, nothing uploaded', async (_l, file, message) => {
    jest.mocked(pickDocument).mockResolvedValue(file)
    render(<Host />)
    await tap('添加文档')
    expect(await screen.findByText(message)).toBeTruthy()
    expect(uploadAttachment).not.toHaveBeenCalled()
    expect(changes).toEqual([])
  })

  it('closing the chooser changes nothing; a failed upload says so', async () => {
    jest.mocked(pickDocument).mockResolvedValueOnce(null)
    render(<Host />)
    await tap('添加文档')
    expect(uploadAttachment).not.toHaveBeenCalled()
    jest.mocked(pickDocument).mockResolvedValueOnce({ localPath: 'b', name: 'a.pdf', size: 10 })
    jest.mocked(uploadAttachment).mockRejectedValueOnce(new Error('附件上传失败，请重试'))
    await tap('添加文档')
    expect(await screen.findByText('附件上传失败，请重试')).toBeTruthy()
    expect(changes).toEqual([])
  })
})
