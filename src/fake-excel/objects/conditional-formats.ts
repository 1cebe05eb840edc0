/** `Range.conditionalFormats`: data bars are recorded on the sheet (the fake draws nothing). */
import { rectAddress } from "../address";
import type { FakeRequestContext } from "../context";
import { officeError } from "../errors";
import type { FakeDataBar } from "../model";
import { ClientObject } from "../proxy";
import type { RangeTarget } from "./range";

export class ConditionalFormatCollectionObject extends ClientObject<RangeTarget> {
  protected readonly scalarNames: string[] = [];

  constructor(context: FakeRequestContext, range: () => RangeTarget | null) {
    super(context, "ConditionalFormatCollection", range);
  }

  /** Only `DataBar` is modelled; other types are refused rather than silently ignored. */
  add(type: string): ConditionalFormatObject {
    let created: FakeDataBar | null = null;
    this.act(
      "add",
      [type],
      (t) => {
        if (type !== "DataBar") throw officeError("InvalidArgument", "ConditionalFormatCollection.add", `The fake models DataBar only, not ${type}.`);
        created = {
          type: "DataBar",
          range: rectAddress(t.rect),
          lowerBound: { type: "LowestValue" },
          upperBound: { type: "HighestValue" },
          fillColor: "#638EC6",
        };
        t.sheet.conditionalFormats.push(created);
      },
      "1.6",
    );
    return new ConditionalFormatObject(this.context, () => created);
  }

  protected scalar(): unknown {
    return undefined;
  }
}

export class ConditionalFormatObject extends ClientObject<FakeDataBar> {
  protected readonly scalarNames = ["type"];

  constructor(context: FakeRequestContext, created: () => FakeDataBar | null) {
    super(context, "ConditionalFormat", () => {
      const bar = created();
      if (bar === null) throw officeError("ItemNotFound", "ConditionalFormat");
      return bar;
    });
  }

  get type(): string {
    return this.read("type");
  }

  get dataBar(): DataBarObject {
    return new DataBarObject(this.context, () => this.resolve());
  }

  protected override navigation(name: string) {
    return name === "dataBar" ? this.dataBar : undefined;
  }

  protected scalar(bar: FakeDataBar): unknown {
    return bar.type;
  }
}

type BoundRule = { type: string; formula?: string };

export class DataBarObject extends ClientObject<FakeDataBar> {
  protected readonly scalarNames = ["lowerBoundRule", "upperBoundRule"];

  constructor(context: FakeRequestContext, bar: () => FakeDataBar | null) {
    super(context, "DataBarConditionalFormat", bar);
  }

  get lowerBoundRule(): BoundRule {
    return this.read("lowerBoundRule");
  }
  set lowerBoundRule(rule: BoundRule) {
    this.write("lowerBoundRule", rule, (bar) => (bar.lowerBound = checkedRule(rule)));
  }

  get upperBoundRule(): BoundRule {
    return this.read("upperBoundRule");
  }
  set upperBoundRule(rule: BoundRule) {
    this.write("upperBoundRule", rule, (bar) => (bar.upperBound = checkedRule(rule)));
  }

  get positiveFormat(): DataBarPositiveFormatObject {
    return new DataBarPositiveFormatObject(this.context, () => this.resolve());
  }

  protected override navigation(name: string) {
    return name === "positiveFormat" ? this.positiveFormat : undefined;
  }

  protected scalar(bar: FakeDataBar, name: string): unknown {
    return name === "lowerBoundRule" ? bar.lowerBound : bar.upperBound;
  }
}

const RULE_TYPES = ["Automatic", "LowestValue", "HighestValue", "Number", "Percent", "Formula", "Percentile"];

function checkedRule(rule: BoundRule): BoundRule {
  const needsFormula = !["Automatic", "LowestValue", "HighestValue"].includes(rule.type);
  if (!RULE_TYPES.includes(rule.type) || (needsFormula && typeof rule.formula !== "string")) throw officeError("InvalidArgument", "DataBarConditionalFormat");
  return { ...rule };
}

export class DataBarPositiveFormatObject extends ClientObject<FakeDataBar> {
  protected readonly scalarNames = ["fillColor"];

  constructor(context: FakeRequestContext, bar: () => FakeDataBar | null) {
    super(context, "ConditionalDataBarPositiveFormat", bar);
  }

  get fillColor(): string {
    return this.read("fillColor");
  }
  set fillColor(value: string) {
    this.write("fillColor", value, (bar) => (bar.fillColor = value.toUpperCase()));
  }

  protected scalar(bar: FakeDataBar): unknown {
    return bar.fillColor;
  }
}
