export default definePageConfig({
  navigationBarTitleText: '签到屏',
  navigationBarBackgroundColor: '#c8161d',
  disableScroll: false
})
