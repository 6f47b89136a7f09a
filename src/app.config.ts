export default defineAppConfig({
  // Member pages in the main package; secretary/committee pages in the packageOrg subpackage.
  pages: ['pages/login/index', 'pages/home/index', 'pages/card/index', 'pages/checkin/index', 'pages/activities/index'],
  subPackages: [
    {
      root: 'packageOrg',
      pages: [
        'pages/roster/index',
        'pages/member/index',
        'pages/orgs/index',
        'pages/import/index',
        'pages/activities/index',
        'pages/newActivity/index',
        'pages/station/index',
        'pages/attendance/index',
        'pages/ledger/index'
      ]
    }
  ],
  window: {
    backgroundTextStyle: 'dark',
    backgroundColor: '#f2f2f2',
    navigationBarBackgroundColor: '#c8161d',
    navigationBarTitleText: '同心',
    navigationBarTextStyle: 'white'
  },
  ...(process.env.TARO_ENV === 'weapp'
    ? {
        cloud: true,
        lazyCodeLoading: 'requiredComponents',
        // Check-in sends the position (a hint) and the activity form picks a venue on the map.
        requiredPrivateInfos: ['getLocation', 'chooseLocation'],
        permission: { 'scope.userLocation': { desc: '用于活动签到时核对是否在活动地点附近' } }
      }
    : {})
})
