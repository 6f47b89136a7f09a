// Hand a base64 file from a cloud function to the user: H5 downloads a Blob; weapp writes it under
// USER_DATA_PATH and opens it with the system viewer (which offers forwarding/saving).
import Taro from '@tarojs/taro'

/** Keep a server file name safe as a path segment. */
export function safeFileName(name: string): string {
  return name.replace(/[\\/:*?"<>|\s]+/g, '_').slice(0, 80) || 'export.xlsx'
}

function base64Bytes(base64: string): Uint8Array<ArrayBuffer> {
  const bin = atob(base64)
  const bytes = new Uint8Array(new ArrayBuffer(bin.length))
  for (let i = 0; i < bin.length; i++) bytes[i] = bin.charCodeAt(i)
  return bytes
}

export async function saveBase64File(file: { fileName: string; mimeType: string; base64: string }): Promise<void> {
  const fileName = safeFileName(file.fileName)
  if (process.env.TARO_ENV === 'weapp') {
    const filePath = `${Taro.env.USER_DATA_PATH}/${fileName}`
    await new Promise<void>((resolve, reject) => {
      Taro.getFileSystemManager().writeFile({ filePath, data: file.base64, encoding: 'base64', success: () => resolve(), fail: reject })
    })
    const ext = fileName.split('.').pop()?.toLowerCase()
    await Taro.openDocument({ filePath, ...(ext === 'xlsx' ? { fileType: 'xlsx' as const } : {}), showMenu: true })
    return
  }
  const blob = new Blob([base64Bytes(file.base64)], { type: file.mimeType })
  const url = URL.createObjectURL(blob)
  const a = document.createElement('a')
  a.href = url
  a.download = fileName
  document.body.appendChild(a)
  a.click()
  a.remove()
  // Revoking at once can cancel the download in some browsers.
  setTimeout(() => URL.revokeObjectURL(url), 60_000)
}
