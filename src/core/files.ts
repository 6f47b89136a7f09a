// Saving a file the server sent as base64 (the ledger's xlsx): a download in H5, a document
// opened with the share menu in weapp.
import Taro from '@tarojs/taro'

export interface Base64File {
  fileName: string
  mimeType: string
  base64: string
}

function bytesOf(base64: string): Uint8Array<ArrayBuffer> {
  const bin = atob(base64)
  const out = new Uint8Array(new ArrayBuffer(bin.length))
  for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i)
  return out
}

/** H5: a Blob behind a temporary <a download>. */
function downloadInBrowser(file: Base64File) {
  const url = URL.createObjectURL(new Blob([bytesOf(file.base64)], { type: file.mimeType }))
  const a = document.createElement('a')
  a.href = url
  a.download = file.fileName
  a.style.display = 'none'
  document.body.appendChild(a)
  a.click()
  a.remove()
  setTimeout(() => URL.revokeObjectURL(url), 10_000)
}

/** weapp: write under USER_DATA_PATH, then open it (showMenu: forward it to a chat or save it). */
async function openInWeapp(file: Base64File) {
  const filePath = `${Taro.env.USER_DATA_PATH}/${file.fileName}`
  await new Promise<void>((resolve, reject) => {
    Taro.getFileSystemManager().writeFile({ filePath, data: file.base64, encoding: 'base64', success: () => resolve(), fail: reject })
  })
  await Taro.openDocument({ filePath, fileType: 'xlsx', showMenu: true })
}

export function saveFile(file: Base64File): Promise<void> {
  if (process.env.TARO_ENV === 'weapp') return openInWeapp(file)
  downloadInBrowser(file)
  return Promise.resolve()
}
