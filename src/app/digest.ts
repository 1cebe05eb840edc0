import { sha256Hex } from "../core/stamp/sha256";

/**
 * SHA-256 of a text's UTF-8 as 64 hex digits, by the platform's WebCrypto where it has one (native, and off the
 * pane's thread: the core's plain-JavaScript hash froze the pane for seconds on a register); else the core's
 * own. The same digest either way.
 */
export async function sha256HexNative(text: string): Promise<string> {
  const subtle = globalThis.crypto?.subtle;
  if (subtle === undefined || typeof TextEncoder === "undefined") return sha256Hex(text);
  const digest = new Uint8Array(await subtle.digest("SHA-256", new TextEncoder().encode(text)));
  let hex = "";
  for (const byte of digest) hex += byte.toString(16).padStart(2, "0");
  return hex;
}
