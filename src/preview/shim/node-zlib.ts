/**
 * What src/workbook/xlsx/package/xlsx-package.ts takes from Node's zlib, for the browser, over pako (JSZip's own
 * inflater). The fake host loads whole workbooks, so only `inflateRawSync` runs here.
 */
interface PakoInflate {
  onData(chunk: Uint8Array): void;
  push(data: Uint8Array, last: boolean): boolean;
  err: number;
  msg: string;
}

// pako ships no types of its own.
const { Inflate } = require("pako") as { Inflate: new (options: { raw: boolean }) => PakoInflate };

/** As Node's: raw deflate data inflated whole, refused (RangeError) past `maxOutputLength`. */
export function inflateRawSync(data: Uint8Array, { maxOutputLength = Infinity }: { maxOutputLength?: number } = {}): Uint8Array {
  const chunks: Uint8Array[] = [];
  let length = 0;
  const inflater = new Inflate({ raw: true });
  inflater.onData = (chunk) => {
    length += chunk.length;
    if (length > maxOutputLength) throw new RangeError(`Cannot create a Buffer larger than ${maxOutputLength} bytes`);
    chunks.push(chunk);
  };
  inflater.push(data, true);
  if (inflater.err) throw new Error(inflater.msg);
  const out = new Uint8Array(length);
  chunks.reduce((at, chunk) => (out.set(chunk, at), at + chunk.length), 0);
  return out;
}

/** The streaming reader is the CLI's (src/workbook/xlsx/read/), never the fake host's. */
export function createInflateRaw(): never {
  throw new Error("zlib streams are not available in the browser preview");
}
