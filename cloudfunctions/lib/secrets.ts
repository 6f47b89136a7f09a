// Function secrets. In WeChat they are per-function environment variables (云函数 → 函数配置 →
// 环境变量); the local cloud provides them from <dataDir>/secrets.json (localcloud/runtime/secrets.ts).
// Read them when an action needs them, never at load time: a missing secret answers CONFIG_MISSING,
// it never crashes the function.
import { AppError } from './errors'

export const SECRET_MIN_LENGTH = 16

/** The secret `name` from the environment, or AppError CONFIG_MISSING (missing or shorter than 16 characters). */
export function requireSecret(name: string, env: Record<string, string | undefined> = process.env): string {
  const value = env[name]
  if (typeof value !== 'string' || value.length < SECRET_MIN_LENGTH) {
    throw new AppError('CONFIG_MISSING', `服务尚未配置完成（缺少密钥 ${name}），请联系管理员在云函数环境变量中设置`, { name })
  }
  return value
}
