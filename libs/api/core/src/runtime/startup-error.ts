import { ConfigError } from '../config/config.error.js';

/** One line for an operator, never a stack trace: what failed and, where known, what to do. */
export function describeStartupError(error: unknown): string {
  if (error instanceof ConfigError) return `Configuration error: ${error.message}`;
  const e = error as { message?: string; code?: string };
  return `Start failed: ${e.message?.split('\n')[0] ?? String(error)}`;
}
