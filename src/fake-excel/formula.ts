/**
 * A small calculator for the formulas written through the fake (`=SUM(B5:B9)`, `=IF(B5=0,0,C5/B5)`,
 * `=B5-C5`, `=ROUND(C4/B4*100,1)`), so a test reads the value Excel would show. Formulas loaded from a file
 * keep their cached results and are never recalculated. Unknown functions give `#NAME?`, as in Excel.
 */
import type { CellRect } from "../core/address";
import { parseArea } from "./address";
import type { FakeValue } from "./model";

/** A cell's value by sheet (undefined: the formula's own sheet), row and column; undefined for an empty cell. */
type CellLookup = (sheet: string | undefined, row: number, col: number) => FakeValue | undefined;

type Scalar = FakeValue | null;
interface Area {
  readonly sheet?: string;
  readonly rect: CellRect;
}
type Operand = Scalar | Area;

class FormulaError {
  constructor(readonly error: string) {}
}

export function evaluateFormula(formula: string, lookup: CellLookup): FakeValue {
  try {
    const parser = new Parser(formula.replace(/^=/, ""), lookup);
    const result = parser.scalar(parser.expression());
    parser.end();
    return result ?? 0;
  } catch (error) {
    if (error instanceof FormulaError) return { error: error.error };
    throw error;
  }
}

const TOKEN = /\s*(?:("(?:[^"]|"")*")|((?:'(?:[^']|'')+'|[\p{L}_][\p{L}\p{N}_.]*)!\$?[A-Za-z]{1,3}\$?\d+(?::\$?[A-Za-z]{1,3}\$?\d+)?)|(\$?[A-Za-z]{1,3}\$?\d+(?::\$?[A-Za-z]{1,3}\$?\d+)?)(?![\w(])|(\d+(?:\.\d+)?(?:[eE][+-]?\d+)?)|([A-Za-z_][\w.]*)|(<>|<=|>=|[-+*/^&=<>(),%]))/uy;

class Parser {
  private readonly tokens: string[] = [];
  private readonly kinds: ("string" | "ref" | "number" | "name" | "op")[] = [];
  private at = 0;

  constructor(
    text: string,
    private readonly lookup: CellLookup,
  ) {
    for (let pos = 0; text.slice(pos).trim() !== ""; pos = TOKEN.lastIndex) {
      TOKEN.lastIndex = pos;
      const m = TOKEN.exec(text);
      if (m === null) throw new FormulaError("#NAME?");
      this.tokens.push(m[0].trim());
      this.kinds.push(m[1] ? "string" : m[2] || m[3] ? "ref" : m[4] ? "number" : m[5] ? "name" : "op");
    }
  }

  end(): void {
    if (this.at < this.tokens.length) throw new FormulaError("#NAME?");
  }

  expression(): Operand {
    let left = this.concat();
    while (["=", "<>", "<", ">", "<=", ">="].includes(this.peek())) {
      const op = this.next();
      left = compare(op, this.scalar(left), this.scalar(this.concat()));
    }
    return left;
  }

  private concat(): Operand {
    let left = this.additive();
    while (this.peek() === "&") {
      this.next();
      left = text(this.scalar(left)) + text(this.scalar(this.additive()));
    }
    return left;
  }

  private additive(): Operand {
    let left = this.term();
    while (this.peek() === "+" || this.peek() === "-") {
      const op = this.next();
      const [a, b] = [number(this.scalar(left)), number(this.scalar(this.term()))];
      left = op === "+" ? a + b : a - b;
    }
    return left;
  }

  private term(): Operand {
    let left = this.power();
    while (this.peek() === "*" || this.peek() === "/") {
      const op = this.next();
      const [a, b] = [number(this.scalar(left)), number(this.scalar(this.power()))];
      if (op === "/" && b === 0) throw new FormulaError("#DIV/0!");
      left = op === "*" ? a * b : a / b;
    }
    return left;
  }

  private power(): Operand {
    const base = this.unary();
    if (this.peek() !== "^") return base;
    this.next();
    return number(this.scalar(base)) ** number(this.scalar(this.power()));
  }

  private unary(): Operand {
    if (this.peek() === "-" || this.peek() === "+") {
      const sign = this.next() === "-" ? -1 : 1;
      return sign * number(this.scalar(this.unary()));
    }
    const value = this.primary();
    if (this.peek() !== "%") return value;
    this.next();
    return number(this.scalar(value)) / 100;
  }

  private primary(): Operand {
    const kind = this.kinds[this.at];
    const token = this.next();
    if (kind === "number") return Number(token);
    if (kind === "string") return token.slice(1, -1).replace(/""/g, '"');
    if (kind === "ref") {
      const area = parseArea(token);
      if (area === null) throw new FormulaError("#REF!");
      return area;
    }
    if (token === "(") {
      const inner = this.expression();
      this.expect(")");
      return inner;
    }
    if (kind === "name") {
      if (this.peek() !== "(") {
        if (/^(TRUE|FALSE)$/i.test(token)) return token.toUpperCase() === "TRUE";
        throw new FormulaError("#NAME?");
      }
      this.next();
      const args: Operand[] = [];
      while (this.peek() !== ")") {
        args.push(this.argument());
        if (this.peek() === ",") this.next();
        else break;
      }
      this.expect(")");
      return this.call(token.toUpperCase(), args);
    }
    throw new FormulaError("#NAME?");
  }

  /**
   * A function's argument, whose error is its value rather than the formula's: `IF(B8=0,0,C8/B8)` is 0 when
   * B8 is 0, as Excel evaluates only the branch it takes. The function decides whether the error counts.
   */
  private argument(): Operand {
    const end = this.argumentEnd();
    try {
      return this.expression();
    } catch (error) {
      if (!(error instanceof FormulaError)) throw error;
      this.at = end;
      return { error: error.error };
    }
  }

  /** The `,` or `)` that ends the argument starting here, past any parentheses inside it. */
  private argumentEnd(): number {
    let depth = 0;
    for (let i = this.at; i < this.tokens.length; i++) {
      if (this.kinds[i] !== "op") continue;
      const token = this.tokens[i];
      if (token === "(") depth += 1;
      else if (token === ")" && depth-- === 0) return i;
      else if (token === "," && depth === 0) return i;
    }
    return this.tokens.length;
  }

  private call(name: string, args: Operand[]): Scalar {
    switch (name) {
      case "SUM":
        return this.numbers(args).reduce((a, b) => a + b, 0);
      case "MIN":
      case "MAX": {
        const values = this.numbers(args);
        return values.length === 0 ? 0 : values.reduce((a, b) => (name === "MIN" ? Math.min(a, b) : Math.max(a, b)));
      }
      case "ABS":
        return Math.abs(number(this.scalar(args[0] ?? null)));
      case "ROUND": {
        const factor = 10 ** number(this.scalar(args[1] ?? 0));
        const x = number(this.scalar(args[0] ?? null));
        return (Math.sign(x) * Math.round(Math.abs(x) * factor)) / factor;
      }
      case "IF": {
        const condition = this.scalar(args[0] ?? null);
        if (isError(condition)) throw new FormulaError(condition.error);
        const chosen = truthy(condition) ? args[1] : args[2];
        return chosen === undefined ? truthy(condition) : this.scalar(chosen);
      }
      default:
        throw new FormulaError("#NAME?");
    }
  }

  /** The numbers of SUM-like arguments: ranges give their numbers only, scalars are coerced. */
  private numbers(args: Operand[]): number[] {
    const out: number[] = [];
    for (const arg of args) {
      if (isArea(arg)) {
        for (let r = arg.rect.top; r <= arg.rect.bottom; r++) {
          for (let c = arg.rect.left; c <= arg.rect.right; c++) {
            const v = this.lookup(arg.sheet, r, c);
            if (isError(v)) throw new FormulaError(v.error);
            if (typeof v === "number") out.push(v);
          }
        }
      } else out.push(number(arg));
    }
    return out;
  }

  /** A single value: a one-cell reference reads its cell. */
  scalar(operand: Operand): Scalar {
    if (!isArea(operand)) return operand as Scalar;
    const { rect, sheet } = operand;
    if (rect.top !== rect.bottom || rect.left !== rect.right) throw new FormulaError("#VALUE!");
    return this.lookup(sheet, rect.top, rect.left) ?? null;
  }

  private peek(): string {
    return this.tokens[this.at] ?? "";
  }

  private next(): string {
    if (this.at >= this.tokens.length) throw new FormulaError("#NAME?");
    return this.tokens[this.at++];
  }

  private expect(token: string): void {
    if (this.next() !== token) throw new FormulaError("#NAME?");
  }
}

function isArea(operand: Operand): operand is Area {
  return typeof operand === "object" && operand !== null && "rect" in operand;
}

function isError(value: Operand | undefined): value is { readonly error: string } {
  return typeof value === "object" && value !== null && "error" in value;
}

function number(operand: Operand): number {
  if (isArea(operand)) throw new FormulaError("#VALUE!");
  const value = operand as Scalar;
  if (isError(value)) throw new FormulaError(value.error);
  if (value === null || value === "") return 0;
  if (typeof value === "boolean") return value ? 1 : 0;
  if (typeof value === "number") return value;
  const n = Number(value.replace(/,/g, ""));
  if (Number.isNaN(n)) throw new FormulaError("#VALUE!");
  return n;
}

function text(value: Scalar): string {
  if (isError(value)) throw new FormulaError(value.error);
  if (value === null) return "";
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  return String(value);
}

function truthy(value: Scalar): boolean {
  return typeof value === "string" ? value !== "" : number(value) !== 0;
}

function compare(op: string, a: Scalar, b: Scalar): boolean {
  if (isError(a)) throw new FormulaError(a.error);
  if (isError(b)) throw new FormulaError(b.error);
  const x = a ?? (typeof b === "string" ? "" : 0);
  const y = b ?? (typeof a === "string" ? "" : 0);
  const order = typeof x === typeof y ? (x < y ? -1 : x > y ? 1 : 0) : typeof x === "number" ? -1 : 1;
  return { "=": order === 0, "<>": order !== 0, "<": order < 0, ">": order > 0, "<=": order <= 0, ">=": order >= 0 }[op]!;
}
