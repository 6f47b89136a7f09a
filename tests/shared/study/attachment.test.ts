import type { AttachmentExt, AttachmentKind, AttachmentState } from '@shared/study/api'
import {
  attachmentCloudPath,
  attachmentProblem,
  attachmentState,
  bytesProblem,
  cloudPathIn,
  DOCUMENT_MAX_BYTES,
  extOf,
  IMAGE_MAX_BYTES,
  sizeLabel
} from '@shared/study/attachment'
import { makePng } from '@localcloud/storage/png'

const ENV = 'prod-1a2b'
const OK = `cloud://${ENV}.7072-prod-1a2b-1300/study/m03/abcd1234efgh.pdf`

describe('where the app uploads', () => {
  it('the member’s own folder, a key, the extension', () => {
    expect(attachmentCloudPath('m03', 'abcd1234efgh', 'pdf')).toBe('study/m03/abcd1234efgh.pdf')
  })
})

describe('extensions', () => {
  it.each<[string, AttachmentExt | null]>([
    ['党章.pdf', 'pdf'],
    ['学习材料.DOCX', 'docx'],
    ['old.doc', 'doc'],
    ['海报.jpeg', 'jpg'],
    ['海报.JPG', 'jpg'],
    ['a.png', 'png'],
    ['a.webp', 'webp'],
    ['a.gif', null],
    ['a.exe', null],
    ['pdf', null],
    ['a.pdf.exe', null],
    ['', null]
  ])('%j → %p', (name, ext) => expect(extOf(name)).toBe(ext))
})

describe('the file ID belongs to this environment', () => {
  it.each<[string, unknown, string | null]>([
    ['ours', OK, 'study/m03/abcd1234efgh.pdf'],
    ['another environment', `cloud://other-env.7072-other/study/m03/abcd1234efgh.pdf`, null],
    ['an env whose name starts like ours', `cloud://${ENV}x.7072/study/m03/abcd1234efgh.pdf`, null],
    ['a URL', 'https://example.com/a.pdf', null],
    ['not a string', 42, null],
    ['no path', `cloud://${ENV}.bucket`, null]
  ])('%s', (_l, fileID, path) => expect(cloudPathIn(fileID, ENV)).toBe(path))

  it('no env known: nothing is ours', () => expect(cloudPathIn(OK, '')).toBeNull())
})

describe('what may be attached', () => {
  const id = (p: string) => `cloud://${ENV}.bucket/${p}`
  it.each<[string, string, unknown, string, ReturnType<typeof attachmentProblem>]>([
    ['the caller’s own PDF', 'm03', OK, '党纪学习教育读本.pdf', null],
    ['an image', 'm03', id('study/m03/abcd1234efgh.jpg'), '海报.jpeg', null],
    ['another member’s file', 'm04', OK, 'a.pdf', 'notFound'],
    ['another capability’s folder', 'm03', id('voice/m03/abcd1234efgh-0.jpg'), 'a.jpg', 'notFound'],
    ['a path trick', 'm03', id('study/m03/../m04/abcd1234efgh.pdf'), 'a.pdf', 'notFound'],
    ['a nested path', 'm03', id('study/m03/x/abcd1234efgh.pdf'), 'a.pdf', 'notFound'],
    ['a short key', 'm03', id('study/m03/abc.pdf'), 'a.pdf', 'notFound'],
    ['a taken name on an untaken extension', 'm03', id('study/m03/abcd1234efgh.exe'), 'a.exe', 'notFound'],
    ['another environment', 'm03', `cloud://x.bucket/study/m03/abcd1234efgh.pdf`, 'a.pdf', 'notFound'],
    ['an empty name', 'm03', OK, '  ', 'name'],
    ['a name with a slash', 'm03', OK, 'a/b.pdf', 'name'],
    ['a name with a control character', 'm03', OK, 'a\u0007.pdf', 'name'],
    ['a name of 61 characters', 'm03', OK, `${'学'.repeat(57)}.pdf`, 'name'],
    ['a name of 60 characters', 'm03', OK, `${'学'.repeat(56)}.pdf`, null],
    ['a name whose extension differs from the file', 'm03', OK, 'a.docx', 'ext'],
    ['a name without a taken extension', 'm03', OK, 'a.txt', 'ext']
  ])('%s → %p', (_l, memberId, fileID, name, problem) => expect(attachmentProblem(memberId, ENV, fileID, name)).toBe(problem))
})

describe('the bytes decide', () => {
  // Buffers, not array spreads: a 10 MB spread builds ten million numbers.
  const pdf = (n = 100): Uint8Array => Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.alloc(n)])
  const png: Uint8Array = makePng({ width: 4, height: 4, color: [1, 2, 3] })
  // The title names the case and the verdict, never the bytes (pretty-printing 10 MB took a minute).
  it.each<[string, ReturnType<typeof bytesProblem>, Uint8Array, AttachmentExt]>([
    ['a PDF', null, pdf(), 'pdf'],
    ['text named .pdf', 'type', Buffer.from('hello'), 'pdf'],
    ['a .doc (OLE2)', null, new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0]), 'doc'],
    ['a zip as .docx', null, new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0]), 'docx'],
    ['a PDF named .docx', 'type', pdf(), 'docx'],
    ['a PNG', null, png, 'png'],
    ['a PNG named .jpg', 'type', png, 'jpg'],
    ['empty', 'empty', new Uint8Array(0), 'pdf'],
    ['a PDF of 10 MB exactly', null, pdf(DOCUMENT_MAX_BYTES - 9), 'pdf'],
    ['a PDF over 10 MB', 'size', pdf(DOCUMENT_MAX_BYTES), 'pdf'],
    ['a PNG over 2 MB', 'size', Buffer.concat([png, Buffer.alloc(IMAGE_MAX_BYTES)]), 'png']
  ])('%s → %p', (_l, problem, bytes, ext) => expect(bytesProblem(bytes, ext)).toBe(problem))
})

describe('what members see', () => {
  it.each<[AttachmentKind, string | null, AttachmentState]>([
    ['document', null, 'ready'],
    ['image', null, 'pending'],
    ['image', 'pass', 'ready'],
    ['image', 'risky', 'risky'],
    ['image', 'review', 'risky']
  ])('%s with verdict %p → %s', (kind, verdict, state) => expect(attachmentState(kind, verdict)).toBe(state))

  it.each<[number, string]>([
    [100, '1 KB'],
    [350 * 1024, '350 KB'],
    [1024 * 1024, '1.0 MB'],
    [Math.round(2.54 * 1024 * 1024), '2.5 MB']
  ])('%d bytes → %s', (n, label) => expect(sizeLabel(n)).toBe(label))
})
