export default definePageConfig({
  navigationBarTitleText: '谈话走访事项'
})
