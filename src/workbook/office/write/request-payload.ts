/// <reference types="office-js" />
/**
 * Keeps each request under the payload limit: writes are queued with an estimate of their size, and what is
 * queued is sent first when the next write would not fit. A summary of ordinary size fits in one request.
 */
import { PAYLOAD_LIMIT } from "../payload-limit";

/** Bytes of an action besides its arguments: ids, type, object path. */
export const ACTION_BYTES = 100;

export class RequestPayload {
  private used = 0;

  constructor(
    private readonly context: Excel.RequestContext,
    readonly limit = PAYLOAD_LIMIT,
  ) {}

  /** Bytes still free in the request being queued. */
  get room(): number {
    return this.limit - this.used;
  }

  async reserve(bytes: number): Promise<void> {
    if (this.used > 0 && this.used + bytes > this.limit) {
      await this.context.sync();
      this.used = 0;
    }
    this.used += bytes;
  }
}
