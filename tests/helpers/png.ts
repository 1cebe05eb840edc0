import { inflateSync } from "node:zlib";
import { crc32 } from "../../scripts/icons/png";

export interface PngInfo {
  width: number;
  height: number;
  bitDepth: number;
  colorType: number;
  /** The inflated image data (filter byte + pixels per row). */
  scanlines: Buffer;
}

/** Reads a PNG's header and image data, checking the signature and every chunk's CRC. */
export function readPng(bytes: Buffer): PngInfo {
  if (!bytes.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))) {
    throw new Error("not a PNG");
  }
  const chunks: Array<{ type: string; data: Buffer }> = [];
  for (let at = 8; at < bytes.length; ) {
    const length = bytes.readUInt32BE(at);
    const body = bytes.subarray(at + 4, at + 8 + length);
    if (crc32(body) !== bytes.readUInt32BE(at + 8 + length)) throw new Error(`bad CRC in ${body.toString("latin1", 0, 4)}`);
    chunks.push({ type: body.toString("latin1", 0, 4), data: body.subarray(4) });
    at += length + 12;
  }
  const header = chunks[0];
  if (header?.type !== "IHDR") throw new Error("IHDR is not the first chunk");
  if (chunks[chunks.length - 1].type !== "IEND") throw new Error("IEND is not the last chunk");
  return {
    width: header.data.readUInt32BE(0),
    height: header.data.readUInt32BE(4),
    bitDepth: header.data[8],
    colorType: header.data[9],
    scanlines: inflateSync(Buffer.concat(chunks.filter((c) => c.type === "IDAT").map((c) => c.data))),
  };
}
