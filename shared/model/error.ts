import { z } from 'zod';
import { ERROR_CODES, type ErrorInfo } from '../errors';

export const ErrorInfoSchema = z.strictObject({
  code: z.enum(ERROR_CODES),
  message: z.string(),
  details: z.record(z.string(), z.union([z.string(), z.number()])),
}) satisfies z.ZodType<ErrorInfo>;
