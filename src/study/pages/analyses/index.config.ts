export default definePageConfig({
  navigationBarTitleText: '党性分析评议'
})
