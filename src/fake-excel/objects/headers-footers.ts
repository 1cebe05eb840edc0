/**
 * `PageLayout.headersFooters` (ExcelApi 1.9): the group and its `defaultForAllPages` headers and footers, each
 * section a string in Excel's header and footer codes, recorded on the sheet as set.
 */
import type { FakeRequestContext } from "../context";
import { HEADER_FOOTER_SECTIONS, type FakeSheet, type HeaderFooterSection } from "../model";
import { ClientObject } from "../proxy";

export class HeaderFooterGroupObject extends ClientObject<FakeSheet> {
  protected readonly scalarNames: string[] = [];

  constructor(context: FakeRequestContext, sheet: () => FakeSheet | null) {
    super(context, "HeaderFooterGroup", sheet);
  }

  /** The headers and footers of every page, as the default state (`Default`) prints them. */
  get defaultForAllPages(): HeaderFooterObject {
    return new HeaderFooterObject(this.context, () => this.resolve());
  }

  protected scalar(): unknown {
    return undefined;
  }

  protected override navigation(name: string): ClientObject<unknown> | undefined {
    return name === "defaultForAllPages" ? (this.defaultForAllPages as ClientObject<unknown>) : undefined;
  }
}

class HeaderFooterObject extends ClientObject<FakeSheet> {
  protected readonly scalarNames = HEADER_FOOTER_SECTIONS;

  constructor(context: FakeRequestContext, sheet: () => FakeSheet | null) {
    super(context, "HeaderFooter", sheet);
  }

  private section(name: HeaderFooterSection, value: string): void {
    this.write(name, value, (sheet) => (sheet.pageLayout.headerFooter[name] = value), "1.9");
  }

  get centerFooter(): string {
    return this.read("centerFooter");
  }
  set centerFooter(value: string) {
    this.section("centerFooter", value);
  }

  get rightFooter(): string {
    return this.read("rightFooter");
  }
  set rightFooter(value: string) {
    this.section("rightFooter", value);
  }

  get leftFooter(): string {
    return this.read("leftFooter");
  }
  set leftFooter(value: string) {
    this.section("leftFooter", value);
  }

  get centerHeader(): string {
    return this.read("centerHeader");
  }
  set centerHeader(value: string) {
    this.section("centerHeader", value);
  }

  get leftHeader(): string {
    return this.read("leftHeader");
  }
  set leftHeader(value: string) {
    this.section("leftHeader", value);
  }

  get rightHeader(): string {
    return this.read("rightHeader");
  }
  set rightHeader(value: string) {
    this.section("rightHeader", value);
  }

  /** An unset section reads as an empty string, as Excel's do. */
  protected scalar(sheet: FakeSheet, name: string): unknown {
    return sheet.pageLayout.headerFooter[name as HeaderFooterSection] ?? "";
  }
}
