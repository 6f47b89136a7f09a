export default definePageConfig({
  navigationBarTitleText: '承诺卡模板'
})
