// The load step of every data page. A signed-out visitor on a deep link (H5 without a session answers
// UNAUTHENTICATED) used to get 请重新进入小程序 with 重试, which failed the same way for ever.
import Taro from '@tarojs/taro'
import { render, screen, waitFor } from '@testing-library/react'
import { Text } from '@tarojs/components'
import { CloudError } from '@/core/cloud'
import { useCloudLoad } from '@/core/useCloudLoad'
import { spyNavigation } from '@tests/src/helpers/taroSpies'

let nav: ReturnType<typeof spyNavigation>
beforeEach(() => {
  nav = spyNavigation()
  jest
    .spyOn(Taro, 'getCurrentInstance')
    .mockReturnValue({ router: { params: { periodId: 'p0' }, path: '/assessment/pages/board/index' } } as any)
})
afterEach(() => jest.restoreAllMocks())

function Probe(props: { load: () => Promise<string> }) {
  const { data, error } = useCloudLoad(props.load)
  return <Text>{data ?? error ?? '加载中'}</Text>
}

describe('useCloudLoad', () => {
  it('shows the data', async () => {
    render(<Probe load={async () => '评比台'} />)
    expect(await screen.findByText('评比台')).toBeTruthy()
  })

  it.each([
    ['signed out (H5, no session)', 'UNAUTHENTICATED', '未能识别当前微信用户，请重新进入小程序'],
    ['not bound', 'NOT_BOUND', '请先绑定党员身份']
  ])('%s: to sign-in, told to come back to this page', async (_n, code, message) => {
    render(
      <Probe
        load={async () => {
          throw new CloudError(code, message)
        }}
      />
    )
    await waitFor(() =>
      expect(nav.reLaunch).toHaveBeenCalledWith({
        url: `/pages/login/index?to=${encodeURIComponent('/assessment/pages/board/index?periodId=p0')}`
      })
    )
    expect(screen.queryByText(message)).toBeNull()
  })

  it('any other failure is shown, to retry', async () => {
    render(
      <Probe
        load={async () => {
          throw new CloudError('NETWORK', '网络连接失败，请检查网络后重试')
        }}
      />
    )
    expect(await screen.findByText('网络连接失败，请检查网络后重试')).toBeTruthy()
    expect(nav.reLaunch).not.toHaveBeenCalled()
  })
})
