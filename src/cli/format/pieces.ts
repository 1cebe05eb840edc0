/**
 * Output too long to hold as one string, made in pieces of about PIECE_SIZE characters: a register's 60,000
 * findings are written out as they are rendered, never as a second copy of them in one string.
 */
const PIECE_SIZE = 64 * 1024;

/** `lines.join("\n")`, in pieces. */
export function* linePieces(lines: Iterable<string>): Generator<string> {
  let piece = "";
  let first = true;
  for (const line of lines) {
    piece += first ? line : `\n${line}`;
    first = false;
    if (piece.length >= PIECE_SIZE) {
      yield piece;
      piece = "";
    }
  }
  if (piece !== "") yield piece;
}

/**
 * `JSON.stringify(value)`, in pieces, character for character: keys in the same order, `undefined` and functions
 * left out of objects and written `null` in arrays, `toJSON` honoured. An array or object holding only plain
 * values is stringified whole (a finding is one piece of text); one holding others is walked.
 */
export function* jsonPieces(value: unknown): Generator<string> {
  const out = { piece: "" };
  yield* walk(value, out);
  if (out.piece !== "") yield out.piece;
}

function* walk(value: unknown, out: { piece: string }): Generator<string> {
  if (!isWalked(value)) out.piece += JSON.stringify(value) ?? "null";
  else if (Array.isArray(value)) {
    out.piece += "[";
    for (let i = 0; i < value.length; i++) {
      if (i > 0) out.piece += ",";
      yield* walk(value[i], out);
    }
    out.piece += "]";
  } else {
    out.piece += "{";
    let first = true;
    for (const key of Object.keys(value)) {
      const item = (value as Record<string, unknown>)[key];
      if (!isWritten(item)) continue;
      out.piece += `${first ? "" : ","}${JSON.stringify(key)}:`;
      first = false;
      yield* walk(item, out);
    }
    out.piece += "}";
  }
  if (out.piece.length >= PIECE_SIZE) {
    yield out.piece;
    out.piece = "";
  }
}

/** An array or object (without `toJSON`) that holds another: written member by member, so that pieces can break inside it. */
function isWalked(value: unknown): value is object {
  return isContainer(value) && Object.values(value).some(isContainer);
}

function isContainer(value: unknown): value is object {
  return typeof value === "object" && value !== null && typeof (value as { toJSON?: unknown }).toJSON !== "function";
}

/** What JSON.stringify writes as an object's member: not `undefined`, a function or a symbol. */
function isWritten(value: unknown): boolean {
  return value !== undefined && typeof value !== "function" && typeof value !== "symbol";
}
