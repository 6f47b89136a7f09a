export default definePageConfig({
  navigationBarTitleText: '各支部学习统计'
})
