jest.mock('@/study/attachment', () => ({ ...jest.requireActual('@/study/attachment'), openAttachment: jest.fn() }))
import { render, screen, waitFor } from '@testing-library/react'
import type { AttachmentView } from '@shared/study/api'
import AttachmentRow from '@/study/components/AttachmentRow'
import { openAttachment } from '@/study/attachment'
import { tap } from '@tests/src/helpers/dom'

const view = (patch: Partial<AttachmentView> = {}): AttachmentView => ({
  name: '党纪学习教育读本.pdf',
  ext: 'pdf',
  kind: 'document',
  size: 1536 * 1024,
  state: 'ready',
  url: 'https://tmp.example/a.pdf',
  ...patch
})

afterEach(() => jest.mocked(openAttachment).mockReset())

describe('the attachment on 学习报告单', () => {
  it('a ready document shows its name, type and size and opens on a tap', async () => {
    jest.mocked(openAttachment).mockResolvedValue()
    render(<AttachmentRow attachment={view()} />)
    await tap('附件：党纪学习教育读本.pdf（PDF，1.5 MB） 点击打开')
    expect(openAttachment).toHaveBeenCalledWith(view())
  })

  it('an image still being checked cannot be opened', () => {
    render(<AttachmentRow attachment={view({ kind: 'image', ext: 'png', name: '海报.png', size: 2048, state: 'pending', url: null })} />)
    expect(screen.getByText('附件：海报.png（PNG，2 KB） 图片审核中，稍后可查看')).toBeTruthy()
    expect(document.querySelector('[data-attachment-open]')).toBeNull()
  })

  it('an image that failed the check is not shown', () => {
    const { container } = render(<AttachmentRow attachment={view({ kind: 'image', state: 'risky', url: null })} />)
    expect(container.textContent).toBe('')
  })

  it('a ready file without a URL (storage did not answer) says to try later', () => {
    render(<AttachmentRow attachment={view({ url: null })} />)
    expect(screen.getByText(/暂时无法打开/)).toBeTruthy()
  })

  it('a failed open says so', async () => {
    jest.mocked(openAttachment).mockRejectedValue(new Error('附件下载失败，请稍后再试'))
    render(<AttachmentRow attachment={view()} />)
    await tap('附件：党纪学习教育读本.pdf（PDF，1.5 MB） 点击打开')
    await waitFor(() => expect(screen.getByText('附件下载失败，请稍后再试')).toBeTruthy())
  })
})
