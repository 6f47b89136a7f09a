export default definePageConfig({
  navigationBarTitleText: '审核承诺卡'
})
