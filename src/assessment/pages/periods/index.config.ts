export default definePageConfig({
  navigationBarTitleText: '考评管理'
})
