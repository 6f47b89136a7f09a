// Runs before each test file's modules load: the H5 build's environment.
process.env.TARO_ENV = 'h5'
process.env.TARO_PLATFORM = 'web'
