/** `Workbook.names` (workbook scope only) and `Worksheet.names` (that sheet's scope), and `Excel.NamedItem`. */
import { parseReference } from "../../core/names/reference";
import { absoluteAddress, sheetPrefix } from "../address";
import type { FakeRequestContext } from "../context";
import { officeError } from "../errors";
import { findSheet, type FakeName, type FakeSheet } from "../model";
import { isValidName, nameResult } from "../names";
import { ClientObject, CollectionObject } from "../proxy";
import { RangeObject, type RangeTarget } from "./range";

/** A sheet for the sheet scope; null for the workbook scope. */
type Scope = () => FakeSheet | null;

export class NamedItemCollectionObject extends CollectionObject<FakeName, NamedItemObject> {
  constructor(
    context: FakeRequestContext,
    private readonly scope: Scope,
  ) {
    super(context, "NamedItemCollection", () => context.host.workbook.names.filter((n) => listed(n, scope(), context.host.workbookNamesOnEverySheet)));
  }

  protected itemProxy(model: FakeName): NamedItemObject {
    return new NamedItemObject(this.context, () => model);
  }

  getItem(name: string): NamedItemObject {
    return new NamedItemObject(this.context, () => {
      const found = this.find(name);
      if (found === undefined) throw officeError("ItemNotFound", "NamedItemCollection.getItem");
      return found;
    });
  }

  getItemOrNullObject(name: string): NamedItemObject {
    return new NamedItemObject(
      this.context,
      () => {
        this.context.host.requireApi("1.4", "NamedItemCollection.getItemOrNullObject");
        return this.find(name) ?? null;
      },
      true,
    );
  }

  add(name: string, reference: RangeObject | string, comment?: string): NamedItemObject {
    let created: FakeName | null = null;
    this.act(
      "add",
      [name, reference, comment],
      () => {
        if (!isValidName(name)) throw officeError("InvalidArgument", "NamedItemCollection.add");
        if (this.find(name) !== undefined) throw officeError("ItemAlreadyExists", "NamedItemCollection.add");
        const sheet = this.scope();
        created = {
          name,
          ...(sheet !== null && { scopeSheet: sheet.name }),
          formula: typeof reference === "string" ? (reference.startsWith("=") ? reference : `=${reference}`) : rangeFormula(reference.live()),
          visible: true,
          ...(comment !== undefined && { comment }),
        };
        this.context.host.workbook.names.push(created);
      },
      "1.4",
    );
    return new NamedItemObject(this.context, () => created);
  }

  private find(name: string): FakeName | undefined {
    const wanted = name.toLowerCase();
    const scope = this.scope();
    return this.context.host.workbook.names.find((n) => inScope(n, scope) && n.name.toLowerCase() === wanted);
  }
}

/** What the collection lists: its scope's names, and on Excel on the web a sheet's lists the workbook's too. */
function listed(name: FakeName, sheet: FakeSheet | null, workbookNamesOnEverySheet: boolean): boolean {
  return inScope(name, sheet) || (workbookNamesOnEverySheet && sheet !== null && name.scopeSheet === undefined);
}

function inScope(name: FakeName, sheet: FakeSheet | null): boolean {
  return sheet === null ? name.scopeSheet === undefined : name.scopeSheet?.toLowerCase() === sheet.name.toLowerCase();
}

function rangeFormula({ sheet, rect }: RangeTarget): string {
  return `=${sheetPrefix(sheet.name)}!${absoluteAddress(rect)}`;
}

export class NamedItemObject extends ClientObject<FakeName> {
  protected readonly scalarNames = ["name", "type", "formula", "value", "visible", "comment", "scope"];

  constructor(context: FakeRequestContext, name: () => FakeName | null, orNull = false) {
    super(context, "NamedItem", () => {
      const found = name();
      if (found === null && !orNull) throw officeError("ItemNotFound", "NamedItem");
      return found;
    }, orNull);
  }

  protected override isAlive(name: FakeName): boolean {
    return this.context.host.workbook.names.includes(name);
  }

  get name(): string {
    return this.read("name");
  }
  get type(): string {
    return this.read("type");
  }
  get value(): unknown {
    return this.read("value");
  }
  get scope(): string {
    return this.read("scope");
  }

  get formula(): string {
    return this.read("formula");
  }
  set formula(value: string) {
    this.write("formula", value, (name) => (name.formula = value.startsWith("=") ? value : `=${value}`), "1.7");
  }

  get visible(): boolean {
    return this.read("visible");
  }
  set visible(value: boolean) {
    this.write("visible", value, (name) => (name.visible = value));
  }

  get comment(): string {
    return this.read("comment");
  }
  set comment(value: string) {
    this.write("comment", value, (name) => (name.comment = value), "1.4");
  }

  getRange(): RangeObject {
    return new RangeObject(this.context, () => {
      const target = this.rangeOf(this.live());
      if (target === null) throw officeError("InvalidArgument", "NamedItem.getRange");
      return target;
    });
  }

  getRangeOrNullObject(): RangeObject {
    return new RangeObject(
      this.context,
      () => {
        this.context.host.requireApi("1.4", "NamedItem.getRangeOrNullObject");
        const name = this.resolve();
        return name === null ? null : this.rangeOf(name);
      },
      true,
    );
  }

  delete(): void {
    this.act("delete", [], (name) => {
      const workbook = this.context.host.workbook;
      workbook.names = workbook.names.filter((n) => n !== name);
    }, "1.4");
  }

  private rangeOf(name: FakeName): RangeTarget | null {
    const workbook = this.context.host.workbook;
    const ref = parseReference(name.formula, workbook.sheets.map((s) => s.name));
    if (ref.kind !== "range") return null;
    return { sheet: findSheet(workbook, ref.rect.sheet)!, rect: ref.rect };
  }

  protected scalar(name: FakeName, property: string): unknown {
    switch (property) {
      case "name":
        return name.name;
      case "formula":
        this.context.host.requireApi("1.7", "NamedItem.formula");
        return name.formula;
      case "visible":
        return name.visible;
      case "comment":
        return name.comment ?? "";
      case "scope":
        return name.scopeSheet === undefined ? "Workbook" : "Worksheet";
      case "type":
        return nameResult(this.context.host.workbook, name).type;
      default: {
        const { value } = nameResult(this.context.host.workbook, name);
        return typeof value === "object" ? value.error : value;
      }
    }
  }
}
