export default definePageConfig({
  navigationBarTitleText: '党性分析报告'
})
