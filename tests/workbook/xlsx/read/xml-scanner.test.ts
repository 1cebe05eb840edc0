import { attributeOf, scanXml, type XmlHandler } from "../../../../src/workbook/xlsx/read/xml-scanner";

/** Records every event, as `<name attrs>`, `</name>` and quoted text. */
function recorder(): XmlHandler & { events: string[] } {
  const events: string[] = [];
  return {
    events,
    wantsText: true,
    open: (name, attributes) => events.push(`<${name}${attributes}>`),
    close: (name) => events.push(`</${name}>`),
    text: (text) => events.push(JSON.stringify(text)),
  };
}

async function scan(xml: string, chunkSize = xml.length): Promise<string[]> {
  const handler = recorder();
  const chunks: string[] = [];
  for (let i = 0; i < xml.length; i += chunkSize) chunks.push(xml.slice(i, i + chunkSize));
  await scanXml(chunks, handler);
  return handler.events;
}

describe("XmlScanner", () => {
  const XML = `<?xml version="1.0"?><!-- a comment --><x:a k='1 > 0' x:j="&amp;&#54633;"><b/>t &lt;1&gt;<![CDATA[<raw>]]></x:a>`;

  it("reports elements by local name, attributes as written, text decoded", async () => {
    expect(await scan(XML)).toEqual([`<a k='1 > 0' x:j="&amp;&#54633;">`, "<b>", "</b>", '"t <1>"', '"<raw>"', "</a>"]);
  });

  it("gives the same events whatever the chunks", async () => {
    const whole = await scan(XML);
    for (const size of [1, 2, 3, 7]) expect(await scan(XML, size)).toEqual(whole);
  });

  it("reads line breaks as \\n", async () => {
    expect(await scan("<a>x\r\ny\rz</a>")).toContain('"x\\ny\\nz"');
  });

  it.each([
    ["<a><b></a>", /<\/a> where <\/b>/],
    ["<a>", /ends inside <a>/],
    ["<a></a><b/>", /second root/],
    ["text<a/>", /outside the root/],
    ["<a><<</a>", /tag/],
    ["<a", /ends inside a tag/],
    ["<!DOCTYPE a><a/>", /document type/],
    ["", /no root/],
  ])("refuses %j", async (xml, message) => {
    await expect(scan(xml)).rejects.toThrow(message);
  });
});

describe("attributeOf", () => {
  it("finds an attribute by local name, quoted either way, entities decoded", () => {
    const attributes = ` r="B2" s = '3' r:id="rId1" t="a&amp;b" ref="A1:B2"`;
    expect(attributeOf(attributes, "r")).toBe("B2");
    expect(attributeOf(attributes, "s")).toBe("3");
    expect(attributeOf(attributes, "id")).toBe("rId1");
    expect(attributeOf(attributes, "t")).toBe("a&b");
    expect(attributeOf(attributes, "ref")).toBe("A1:B2");
    expect(attributeOf(attributes, "f")).toBeUndefined();
  });

  it("does not take a value's text for a name", () => {
    expect(attributeOf(` a='s="1"'`, "s")).toBeUndefined();
  });

  it("refuses an attribute without a quoted value", () => {
    expect(() => attributeOf(" r=B2", "s")).toThrow(/quotes/);
  });
});
