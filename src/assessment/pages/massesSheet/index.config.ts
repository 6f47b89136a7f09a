export default definePageConfig({
  navigationBarTitleText: '群众参评码条'
})
