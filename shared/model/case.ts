import { z } from 'zod';

/** Version of the on-disk case format written by this build. Older cases are migrated on open. */
export const CASE_FORMAT_VERSION = 2;

export const CASE_FOLDER_SUFFIX = '.spoor';

/**
 * A case name becomes a folder name, so it must be a safe single path segment
 * on Windows, macOS and Linux alike.
 */
export const CaseName = z
  .string()
  .trim()
  .min(1)
  .max(120)
  .refine((name) => !/[\\/:*?"<>|\u0000-\u001f]/.test(name), 'contains a character not allowed in a folder name')
  .refine((name) => name !== '.' && name !== '..' && !name.endsWith('.'), 'is not a usable folder name');

/** case.json: the identity and format version of a case folder. */
export const CaseManifest = z.strictObject({
  format: z.literal('spoor-case'),
  version: z.number().int().positive(),
  id: z.string().min(1),
  name: z.string(),
  createdAt: z.iso.datetime(),
});
export type CaseManifest = z.infer<typeof CaseManifest>;

export const CaseSummary = z.strictObject({
  id: z.string(),
  name: z.string(),
  path: z.string(),
  createdAt: z.iso.datetime(),
  documentCount: z.number().int().nonnegative(),
  /** Set when the case could only be opened read-only (a read-only folder, or on request): every save will fail. */
  readOnly: z.literal(true).optional(),
});
export type CaseSummary = z.infer<typeof CaseSummary>;
