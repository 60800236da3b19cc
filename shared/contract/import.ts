import { z } from 'zod';
import { call } from './define';

export const importCalls = {
  /**
   * Cancels a running import (the batch of `batchId`, from its progress
   * events; or every running batch). Documents already stored stay complete;
   * the rest of the batch is reported as cancelled by `documents:import`.
   */
  'import:cancel': call(z.strictObject({ batchId: z.string().max(100).optional() }), z.strictObject({ cancelled: z.number().int().nonnegative() })),
};
