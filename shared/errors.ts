/**
 * Every failure the back end reports to a person has a code from this list.
 * The code crosses the process boundary; the wording lives in shared/i18n so
 * the UI can say it in the analyst's language.
 */
export const ERROR_CODES = [
  'contract.unknownChannel',
  'contract.invalidInput',
  'contract.invalidOutput',
  'platform.unsupported',
  'case.notOpen',
  'case.notFound',
  'case.exists',
  'case.invalidName',
  'case.corrupt',
  'case.newerVersion',
  'case.locked',
  'case.lockLost',
  'backup.notFound',
  'backup.damaged',
  'repair.originalUnverified',
  'files.unknownRef',
  'import.unsupportedType',
  'import.notFound',
  'import.unreadable',
  'import.empty',
  'import.pdfInvalid',
  'import.pdfEncrypted',
  'import.textEncoding',
  'import.tooLarge',
  'import.limitExceeded',
  'import.unsafePath',
  'import.tooDeep',
  'import.notOcred',
  'inventory.missingColumns',
  'inventory.emptyRow',
  'inventory.missingId',
  'inventory.duplicateId',
  'inventory.missingDate',
  'inventory.invalidDate',
  'inventory.unknownJudgement',
  'inventory.missingJudgement',
  'document.notFound',
  'document.pageOutOfRange',
  'search.invalidQuery',
  'search.savedNotFound',
  'codebook.codeNotFound',
  'codebook.invalid',
  'coding.noAnalyst',
  'coding.passageNotFound',
  'coding.invalidRange',
  'coding.codeNotCodable',
  'coding.nothingToUndo',
  'coding.memoNotFound',
  'coding.bundleInvalid',
  'coding.mergeUnresolved',
  'coding.mergeExpired',
  'refiqda.invalid',
  'dates.invalidReferenceDate',
  'chronology.eventNotFound',
  'chronology.actorNotFound',
  'chronology.actorInUse',
  'chronology.invalidMerge',
  'chronology.invalidLink',
  'chronology.citationNotFound',
  'chronology.codeNotAllowed',
  'chronology.nothingToMove',
  'verify.cancelled',
  'settings.casesDirUnusable',
  'io.diskFull',
  'io.readOnly',
  'io.failed',
  'internal',
] as const;

export type ErrorCode = (typeof ERROR_CODES)[number];

/** Values interpolated into a message: file names, page numbers, versions. */
export type ErrorDetails = Record<string, string | number>;

export interface ErrorInfo {
  code: ErrorCode;
  /** English sentence for logs and the command line; the UI translates the code. */
  message: string;
  details: ErrorDetails;
}

export class SpoorError extends Error {
  readonly code: ErrorCode;
  readonly details: ErrorDetails;

  constructor(code: ErrorCode, message: string, details: ErrorDetails = {}) {
    super(message);
    this.name = 'SpoorError';
    this.code = code;
    this.details = details;
  }

  toInfo(): ErrorInfo {
    return { code: this.code, message: this.message, details: this.details };
  }

  static fromInfo(info: ErrorInfo): SpoorError {
    return new SpoorError(info.code, info.message, info.details);
  }
}

export function isErrorCode(value: unknown): value is ErrorCode {
  return typeof value === 'string' && (ERROR_CODES as readonly string[]).includes(value);
}

/** Turns anything thrown into an ErrorInfo without leaking stack traces across the boundary. */
export function toErrorInfo(error: unknown): ErrorInfo {
  if (error instanceof SpoorError) return error.toInfo();
  const message = error instanceof Error ? error.message : String(error);
  return { code: 'internal', message, details: {} };
}
