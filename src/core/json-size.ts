/**
 * UTF-8 bytes of a value as JSON, as it travels to Excel and back: asked for every row and link of a long list,
 * so counted without encoding (TextEncoder's copy of each row cost more than the rest of sizing a long sheet).
 * JSON.stringify escapes lone surrogates, so every surrogate in its text is half of a pair: four bytes for the
 * two. Nothing (`undefined`) weighs nothing.
 */
export function jsonSize(value: unknown): number {
  const text = JSON.stringify(value) ?? "";
  let bytes = text.length;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) continue;
    if (code < 0x800 || (code >= 0xd800 && code <= 0xdfff)) bytes += 1;
    else bytes += 2;
  }
  return bytes;
}
