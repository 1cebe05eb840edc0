/**
 * `Workbook.customXmlParts` (ExcelApi 1.5): `add(xml)`, `getByNamespace(uri)` and their `items`;
 * `Excel.CustomXmlPart` with `id`, `namespaceUri`, `getXml()`, `setXml(xml)`. The namespace is the root
 * element's, read from the XML as Excel does when the part is added.
 */
import type { FakeRequestContext } from "../context";
import { officeError } from "../errors";
import type { FakeCustomXmlPart } from "../model";
import { ClientObject, CollectionObject, FakeClientResult } from "../proxy";

const SINCE = "1.5";

function partsOf(context: FakeRequestContext): FakeCustomXmlPart[] {
  context.host.workbook.customXmlParts ??= [];
  return context.host.workbook.customXmlParts;
}

/** The root element's namespace: its prefix's `xmlns:p`, or the default `xmlns`; "" when it has none. */
export function rootNamespace(xml: string): string | null {
  const root = /<([\w.-]+:)?[\w.-]+\b([^>]*)>/.exec(xml.replace(/<\?[\s\S]*?\?>|<!--[\s\S]*?-->/g, ""));
  if (root === null) return null;
  const prefix = root[1] ? `:${root[1].slice(0, -1)}` : "";
  return new RegExp(`xmlns${prefix}\\s*=\\s*["']([^"']*)["']`).exec(root[2])?.[1] ?? "";
}

/** A part as Excel holds it: numbered in the order added, in its root element's namespace; null for text that is no XML. */
export function newCustomXmlPart(n: number, xml: string): FakeCustomXmlPart | null {
  const namespaceUri = rootNamespace(xml);
  return namespaceUri === null ? null : { id: `{${String(n).padStart(8, "0")}-0000-4000-8000-000000000000}`, namespaceUri, xml };
}

export class CustomXmlPartCollectionObject extends CollectionObject<FakeCustomXmlPart, CustomXmlPartObject> {
  constructor(context: FakeRequestContext) {
    super(context, "CustomXmlPartCollection", () => partsOf(context));
  }

  protected itemProxy(model: FakeCustomXmlPart): CustomXmlPartObject {
    return new CustomXmlPartObject(this.context, () => model);
  }

  add(xml: string): CustomXmlPartObject {
    let created: FakeCustomXmlPart | null = null;
    this.act(
      "add",
      [xml],
      () => {
        const parts = partsOf(this.context);
        const part = newCustomXmlPart(parts.length + 1, xml);
        if (part === null) throw officeError("InvalidArgument", "CustomXmlPartCollection.add");
        parts.push(part);
        created = part;
      },
      SINCE,
    );
    return new CustomXmlPartObject(this.context, () => created);
  }

  getByNamespace(namespaceUri: string): CustomXmlPartScopedCollectionObject {
    return new CustomXmlPartScopedCollectionObject(this.context, namespaceUri);
  }
}

export class CustomXmlPartScopedCollectionObject extends CollectionObject<FakeCustomXmlPart, CustomXmlPartObject> {
  constructor(context: FakeRequestContext, namespaceUri: string) {
    super(context, "CustomXmlPartScopedCollection", () => partsOf(context).filter((p) => p.namespaceUri === namespaceUri));
  }

  protected itemProxy(model: FakeCustomXmlPart): CustomXmlPartObject {
    return new CustomXmlPartObject(this.context, () => model);
  }
}

export class CustomXmlPartObject extends ClientObject<FakeCustomXmlPart> {
  protected readonly scalarNames = ["id", "namespaceUri"];

  constructor(context: FakeRequestContext, resolver: () => FakeCustomXmlPart | null, orNull = false) {
    super(context, "CustomXmlPart", resolver, orNull);
  }

  get id(): string {
    return this.read("id");
  }

  get namespaceUri(): string {
    return this.read("namespaceUri");
  }

  getXml(): FakeClientResult<string> {
    const result = new FakeClientResult<string>();
    this.context.enqueue({
      label: "CustomXmlPart.getXml",
      since: SINCE,
      bytes: 60,
      run: () => {
        const xml = this.live().xml;
        return { bytes: xml.length + 20, deliver: () => result.fill(xml) };
      },
    });
    return result;
  }

  setXml(xml: string): void {
    this.act(
      "setXml",
      [xml],
      (part) => {
        if (rootNamespace(xml) === null) throw officeError("InvalidArgument", "CustomXmlPart.setXml");
        part.xml = xml;
        part.namespaceUri = rootNamespace(xml)!;
      },
      SINCE,
    );
  }

  protected scalar(part: FakeCustomXmlPart, name: string): unknown {
    return name === "id" ? part.id : part.namespaceUri;
  }
}
