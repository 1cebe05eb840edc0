/**
 * Why Excel refused a request, as a reason the shells put into words: the `OfficeExtension.Error` code, with
 * the codes that mean the same to a user folded into one, and codes with no reason of their own (or no code at
 * all) read as a general failure.
 */

/** The reasons a user can tell apart, each with its own sentence in the pane. */
const OFFICE_ERROR_REASONS = [
  "ItemNotFound",
  "InvalidArgument",
  "InvalidReference",
  "AccessDenied",
  "InvalidOperationInCellEditMode",
  "RequestPayloadSizeLimitExceeded",
  "ResponsePayloadSizeLimitExceeded",
  "ItemAlreadyExists",
  "InvalidOperation",
  "ApiNotFound",
  "Conflict",
  "RequestAborted",
  "ActivityLimitReached",
  "GeneralException",
] as const;

export type OfficeErrorReason = (typeof OFFICE_ERROR_REASONS)[number];

interface OfficeFailure {
  /** The code as Excel gave it, kept for support. */
  readonly code: string;
  readonly reason: OfficeErrorReason;
}

/** Codes that mean the same to a user. */
const SAME_AS: Readonly<Record<string, OfficeErrorReason>> = {
  UnsupportedOperation: "InvalidOperation",
  NotImplemented: "InvalidOperation",
  InsertDeleteConflict: "Conflict",
  ServiceNotAvailable: "RequestAborted",
  ConnectionFailure: "RequestAborted",
  Timeout: "RequestAborted",
};

export function officeFailure(error: unknown): OfficeFailure {
  const raw = (error as { code?: unknown } | null)?.code;
  const code = typeof raw === "string" && raw !== "" ? raw : "GeneralException";
  return { code, reason: SAME_AS[code] ?? (isReason(code) ? code : "GeneralException") };
}

function isReason(code: string): code is OfficeErrorReason {
  return (OFFICE_ERROR_REASONS as readonly string[]).includes(code);
}
