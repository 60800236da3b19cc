import { SpoorError, toErrorInfo, type ErrorInfo } from '../../shared/errors';

/** Anything caught in the UI, as an ErrorInfo the banner can describe. */
export function asErrorInfo(error: unknown): ErrorInfo {
  return error instanceof SpoorError ? error.toInfo() : toErrorInfo(error);
}
