export default definePageConfig({
  navigationBarTitleText: '学习报告审核'
})
