// Main-package route (opened from a scan or the home page); the screen lives with its capability.
export { default } from '@/member/main/login'
