export default definePageConfig({
  navigationBarTitleText: '学习报告单'
})
