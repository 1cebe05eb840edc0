/** `Worksheet.charts`: charts are recorded with their type, source, series, title and position. */
import type { CellRect } from "../../core/address";
import { qualifiedAddress, rectAddress } from "../address";
import type { FakeRequestContext } from "../context";
import { officeError } from "../errors";
import type { FakeChart, FakeChartSeries, FakeSheet } from "../model";
import { ClientObject } from "../proxy";
import { areaOn, type RangeObject, type RangeTarget } from "./range";

interface ChartTarget {
  readonly sheet: FakeSheet;
  readonly chart: FakeChart;
}

const CHART_TYPES = ["BarClustered", "BarStacked", "ColumnClustered", "ColumnStacked", "Line", "LineMarkers", "Pie", "Doughnut", "XYScatter", "Area"];

export class ChartCollectionObject extends ClientObject<FakeSheet> {
  protected readonly scalarNames = ["count"];

  constructor(context: FakeRequestContext, sheet: () => FakeSheet | null) {
    super(context, "ChartCollection", sheet);
  }

  get count(): number {
    return this.read("count");
  }

  add(type: string, sourceData: RangeObject, seriesBy = "Auto"): ChartObject {
    let created: ChartTarget | null = null;
    this.act("add", [type, sourceData, seriesBy], (sheet) => {
      if (!CHART_TYPES.includes(type)) throw officeError("InvalidArgument", "ChartCollection.add");
      const source = sourceData.live();
      const byColumns = seriesBy === "Columns" || (seriesBy === "Auto" && height(source.rect) >= width(source.rect));
      const chart: FakeChart = {
        name: `Chart ${sheet.charts.length + 1}`,
        type,
        source: addressFrom(sheet, source),
        seriesBy,
        title: { visible: false },
        legendVisible: true,
        series: slices(source.rect, byColumns).map((rect) => ({ values: addressFrom(sheet, { sheet: source.sheet, rect }) })),
      };
      sheet.charts.push(chart);
      created = { sheet, chart };
    });
    return new ChartObject(this.context, () => created);
  }

  protected scalar(sheet: FakeSheet): unknown {
    return sheet.charts.length;
  }
}

function height(rect: CellRect): number {
  return rect.bottom - rect.top + 1;
}

function width(rect: CellRect): number {
  return rect.right - rect.left + 1;
}

function slices(rect: CellRect, byColumns: boolean): CellRect[] {
  return byColumns
    ? Array.from({ length: width(rect) }, (_, i) => ({ ...rect, left: rect.left + i, right: rect.left + i }))
    : Array.from({ length: height(rect) }, (_, i) => ({ ...rect, top: rect.top + i, bottom: rect.top + i }));
}

/** A range as the chart records it: plain on the chart's own sheet, qualified on another. */
function addressFrom(sheet: FakeSheet, range: RangeTarget): string {
  return range.sheet === sheet ? rectAddress(range.rect) : qualifiedAddress(range.sheet.name, range.rect);
}

export class ChartObject extends ClientObject<ChartTarget> {
  protected readonly scalarNames = ["name", "chartType"];

  constructor(context: FakeRequestContext, created: () => ChartTarget | null) {
    super(context, "Chart", () => {
      const target = created();
      if (target === null) throw officeError("ItemNotFound", "Chart");
      return target;
    });
  }

  get name(): string {
    return this.read("name");
  }
  get chartType(): string {
    return this.read("chartType");
  }

  get title(): ChartTitleObject {
    return new ChartTitleObject(this.context, () => this.resolve()?.chart ?? null);
  }

  get legend(): ChartLegendObject {
    return new ChartLegendObject(this.context, () => this.resolve()?.chart ?? null);
  }

  get series(): ChartSeriesCollectionObject {
    return new ChartSeriesCollectionObject(this.context, () => this.resolve());
  }

  setPosition(startCell: RangeObject | string, endCell?: RangeObject | string): void {
    this.act("setPosition", [startCell, endCell], ({ sheet, chart }) => {
      const at = (cell: RangeObject | string) => rectAddress(typeof cell === "string" ? areaOn(sheet, cell, "Chart.setPosition") : cell.live().rect);
      chart.position = { start: at(startCell), ...(endCell !== undefined && { end: at(endCell) }) };
    });
  }

  protected override navigation(name: string) {
    return name === "title" ? this.title : name === "legend" ? this.legend : undefined;
  }

  protected scalar({ chart }: ChartTarget, name: string): unknown {
    return name === "name" ? chart.name : chart.type;
  }
}

export class ChartTitleObject extends ClientObject<FakeChart> {
  protected readonly scalarNames = ["text", "visible"];

  constructor(context: FakeRequestContext, chart: () => FakeChart | null) {
    super(context, "ChartTitle", chart);
  }

  get text(): string {
    return this.read("text");
  }
  set text(value: string) {
    this.write("text", value, (chart) => (chart.title = { text: value, visible: true }));
  }
  get visible(): boolean {
    return this.read("visible");
  }
  set visible(value: boolean) {
    this.write("visible", value, (chart) => (chart.title.visible = value));
  }

  protected scalar(chart: FakeChart, name: string): unknown {
    return name === "text" ? (chart.title.text ?? "") : chart.title.visible;
  }
}

export class ChartLegendObject extends ClientObject<FakeChart> {
  protected readonly scalarNames = ["visible"];

  constructor(context: FakeRequestContext, chart: () => FakeChart | null) {
    super(context, "ChartLegend", chart);
  }

  get visible(): boolean {
    return this.read("visible");
  }
  set visible(value: boolean) {
    this.write("visible", value, (chart) => (chart.legendVisible = value));
  }

  protected scalar(chart: FakeChart): unknown {
    return chart.legendVisible;
  }
}

export class ChartSeriesCollectionObject extends ClientObject<ChartTarget> {
  protected readonly scalarNames = ["count"];

  constructor(context: FakeRequestContext, chart: () => ChartTarget | null) {
    super(context, "ChartSeriesCollection", chart);
  }

  get count(): number {
    return this.read("count");
  }

  getItemAt(index: number): ChartSeriesObject {
    return new ChartSeriesObject(this.context, () => {
      const target = this.live();
      const series = target.chart.series[index];
      if (series === undefined) throw officeError("ItemNotFound", "ChartSeriesCollection.getItemAt");
      return { sheet: target.sheet, series };
    });
  }

  protected scalar({ chart }: ChartTarget): unknown {
    return chart.series.length;
  }
}

interface SeriesTarget {
  readonly sheet: FakeSheet;
  readonly series: FakeChartSeries;
}

export class ChartSeriesObject extends ClientObject<SeriesTarget> {
  protected readonly scalarNames = ["name"];

  constructor(context: FakeRequestContext, series: () => SeriesTarget | null) {
    super(context, "ChartSeries", series);
  }

  get name(): string {
    return this.read("name");
  }
  set name(value: string) {
    this.write("name", value, ({ series }) => (series.name = value));
  }

  setValues(sourceData: RangeObject): void {
    this.act("setValues", [sourceData], ({ sheet, series }) => (series.values = addressFrom(sheet, sourceData.live())), "1.7");
  }

  setXAxisValues(sourceData: RangeObject): void {
    this.act("setXAxisValues", [sourceData], ({ sheet, series }) => (series.xValues = addressFrom(sheet, sourceData.live())), "1.7");
  }

  protected scalar({ series }: SeriesTarget): unknown {
    return series.name ?? "";
  }
}
