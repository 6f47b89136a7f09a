// Runs before each test file's modules load: the H5 build's environment.
process.env.TARO_ENV = 'h5'
process.env.TARO_PLATFORM = 'web'

// jsdom runs animation frames at 60 Hz (jest's pretendToBeVisual), so each update of a Stencil component
// (Taro's H5 components render on animation frames) waited up to 16 ms with the worker idle. A test needs
// the frames, not their pace: they come as soon as the event loop turns.
if (typeof window !== 'undefined') {
  window.requestAnimationFrame = (callback) => setTimeout(() => callback(performance.now()), 0)
  window.cancelAnimationFrame = (id) => clearTimeout(id)
}
