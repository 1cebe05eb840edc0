/**
 * Errors shaped as `OfficeExtension.Error` is: `name` "RichApi.Error", a `code` from `Excel.ErrorCodes` (or
 * `OfficeExtension.ErrorCodes`), a `message`, and `debugInfo` naming where it happened.
 */

/** Excel's messages for the codes the fake raises, as Excel on the web words them. */
const MESSAGES: Record<string, string> = {
  ApiNotFound: "The API you are trying to use could not be found. It may be available in a newer version of Excel.",
  GeneralException: "There was an internal error while processing the request.",
  InvalidArgument: "The argument is invalid or missing or has an incorrect format.",
  InvalidOperation: "The operation attempted is invalid on the object.",
  InvalidReference: "This reference is not valid for the current operation.",
  ItemAlreadyExists: "The resource already exists.",
  ItemNotFound: "The requested resource doesn't exist.",
  RequestPayloadSizeLimitExceeded: "The request payload size has exceeded the limit.",
  ResponsePayloadSizeLimitExceeded: "The response payload size has exceeded the limit.",
  RunMustReturnPromise: "The batch function passed to the \".run\" method didn't return a promise.",
  InvalidRequestContext: "Cannot use the object across different request contexts.",
};

interface FakeDebugInfo {
  readonly code: string;
  readonly message: string;
  readonly errorLocation?: string;
  readonly statement?: string;
}

export class FakeOfficeError extends Error {
  readonly code: string;
  readonly debugInfo: FakeDebugInfo;
  readonly traceMessages: string[] = [];
  readonly innerError = null;
  httpStatusCode: number;

  constructor(code: string, message = MESSAGES[code] ?? code, errorLocation?: string) {
    super(message);
    this.name = "RichApi.Error";
    this.code = code;
    this.httpStatusCode = code === "ItemNotFound" ? 404 : 400;
    this.debugInfo = { code, message, ...(errorLocation && { errorLocation, statement: errorLocation }) };
  }
}

export function officeError(code: string, errorLocation?: string, message?: string): FakeOfficeError {
  return new FakeOfficeError(code, message, errorLocation);
}

/** What the real library throws when a property is read before it was loaded and synced. */
export function propertyNotLoaded(className: string, property: string): FakeOfficeError {
  return new FakeOfficeError(
    "PropertyNotLoaded",
    `The property '${property}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
    `${className}.${property}`,
  );
}
