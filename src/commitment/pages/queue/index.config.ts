export default definePageConfig({
  navigationBarTitleText: '承诺卡审核'
})
