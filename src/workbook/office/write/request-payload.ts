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

/**
 * UTF-8 bytes of a value as JSON, as it travels: asked for every row and link of a long list, so counted without
 * encoding (TextEncoder's copy of each row cost more than the rest of sizing a long sheet). JSON.stringify escapes
 * lone surrogates, so every surrogate in its text is half of a pair: four bytes for the two.
 */
export function jsonSize(value: unknown): number {
  const text = JSON.stringify(value);
  let bytes = text.length;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) continue;
    if (code < 0x800 || (code >= 0xd800 && code <= 0xdfff)) bytes += 1;
    else bytes += 2;
  }
  return bytes;
}
