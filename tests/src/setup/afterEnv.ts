// Pure view-helper tests (no Taro, no DOM) say `/** @jest-environment node */` and skip jsdom and Taro's
// runtime, about half a test file's cost; everything else gets the H5 page set-up.
if (typeof document !== 'undefined') require('./taroPage')
