/**
 * `xl/sharedStrings.xml`: the text of every shared string by index, as Excel shows it. Rich text is its runs'
 * text joined; phonetic guides (`rPh`, the readings Excel keeps for Korean and Japanese) are no part of it;
 * Excel's `_xHHHH_` escapes are decoded; an empty `<si/>` holds no text at all (null), unlike `<si><t/></si>`.
 */
import { scanXml, type XmlHandler } from "./xml-scanner";

export type SharedString = string | null;

const ESCAPE = /_x([0-9A-F]{4})_/g;

export async function readSharedStrings(chunks: AsyncIterable<string> | Iterable<string>): Promise<SharedString[]> {
  const handler = new SharedStringsHandler();
  await scanXml(chunks, handler);
  return handler.strings;
}

class SharedStringsHandler implements XmlHandler {
  readonly strings: SharedString[] = [];
  /** The text of the string's own `<t>`. */
  private plain: string | undefined;
  private runs: string[] | undefined;
  /** The text of the run being read; undefined outside a run. */
  private run: string | undefined;
  private phonetic = 0;
  /** The `<t>` being read, if any. */
  private buffer: string | undefined;

  get wantsText(): boolean {
    return this.buffer !== undefined;
  }

  open(name: string): void {
    switch (name) {
      case "si":
        this.plain = undefined;
        this.runs = undefined;
        break;
      case "r":
        this.run = "";
        break;
      case "rPh":
        this.phonetic++;
        break;
      case "t":
        if (this.phonetic === 0) this.buffer = "";
        break;
    }
  }

  text(text: string): void {
    this.buffer += text;
  }

  close(name: string): void {
    switch (name) {
      case "t":
        if (this.buffer === undefined) break;
        if (this.run !== undefined) this.run = unescape(this.buffer);
        else this.plain = unescape(this.buffer);
        this.buffer = undefined;
        break;
      case "r":
        if (this.run !== undefined) (this.runs ??= []).push(this.run);
        this.run = undefined;
        break;
      case "rPh":
        this.phonetic--;
        break;
      case "si":
        this.strings.push(this.runs !== undefined ? this.runs.join("") : (this.plain ?? null));
        break;
    }
  }
}

function unescape(text: string): string {
  return text.includes("_x") ? text.replace(ESCAPE, (_, hex: string) => String.fromCharCode(parseInt(hex, 16))) : text;
}
