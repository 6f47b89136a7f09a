// One error type for every expected failure. The router turns it into {ok:false, code, message, details}.
// Anything else thrown is a bug: the router logs it and answers INTERNAL.

export const COMMON_CODES = {
  INVALID_INPUT: '请求参数不正确',
  UNAUTHENTICATED: '未能识别当前微信用户，请重新进入小程序',
  NOT_BOUND: '尚未绑定党员身份，请先完成绑定',
  FORBIDDEN: '没有权限执行此操作',
  NOT_FOUND: '要找的记录不存在',
  CONFLICT: '数据已被修改或已存在，请刷新后重试',
  INTERNAL: '服务暂时不可用，请稍后再试'
} as const

export type CommonCode = keyof typeof COMMON_CODES

export class AppError extends Error {
  readonly code: string
  readonly details?: unknown

  /** `message` must be Chinese and fit to show to the user as it is. */
  constructor(code: string, message?: string, details?: unknown) {
    super(message ?? (COMMON_CODES as Record<string, string>)[code] ?? COMMON_CODES.INTERNAL)
    this.name = 'AppError'
    this.code = code
    this.details = details
  }
}

export const invalidInput = (message: string = COMMON_CODES.INVALID_INPUT, details?: unknown) =>
  new AppError('INVALID_INPUT', message, details)
export const unauthenticated = () => new AppError('UNAUTHENTICATED')
export const notBound = () => new AppError('NOT_BOUND')
export const forbidden = (message: string = COMMON_CODES.FORBIDDEN) => new AppError('FORBIDDEN', message)
export const notFound = (message: string = COMMON_CODES.NOT_FOUND) => new AppError('NOT_FOUND', message)
export const conflict = (message: string = COMMON_CODES.CONFLICT, details?: unknown) => new AppError('CONFLICT', message, details)

export function isAppError(e: unknown): e is AppError {
  return e instanceof AppError
}
