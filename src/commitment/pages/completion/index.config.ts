export default definePageConfig({
  navigationBarTitleText: '承诺完成情况'
})
