/**
 * The add-in's icons, drawn for each size rather than scaled from one master: edges are snapped to whole pixels
 * and line widths grow in steps, so the 16 px ribbon icons stay crisp. Every design is a worksheet (white page,
 * slate border, grid) with one mark: a green check badge for the add-in itself, a large check for Validate, bars
 * for Generate summary, and a side pane for Open pane.
 */
import { box, Canvas, circle, grow, hex, intersect, polyline, type Rgb, type Shape, union } from "./raster";

const PAPER = hex("#ffffff");
const BORDER = hex("#55606e");
const GRID = hex("#b9c3ce");
const HEADER_GREY = hex("#e3e8ee");
const BRAND = hex("#1f5fa8");
const BAR = hex("#2b78c9");
const PANE = hex("#d3e4f7");
const GREEN = hex("#178a3c");

export type Design = (size: number) => Canvas;

interface SheetOptions {
  /** Page corners, as fractions of the icon size (snapped to whole pixels). */
  frame: readonly [number, number, number, number];
  header: Rgb;
  /** Horizontal grid lines below the header. */
  rows: number;
  /** Vertical grid line, as a fraction of the page width; none when undefined. */
  column?: number;
}

/** Stroke widths that step up with size: 1 px up to 24 px, then about one twentieth of the icon. */
function borderWidth(size: number): number {
  return Math.max(1, Math.round(size / 20));
}

function lineWidth(size: number): number {
  return Math.max(1, Math.round(size / 40));
}

interface Page {
  /** Inside the border: left, top, right, bottom; the header band runs from `top` to `body`. */
  left: number;
  top: number;
  body: number;
  right: number;
  bottom: number;
  bw: number;
  inner: Shape;
}

/** Draws the page and returns its inner geometry for the mark to use. */
function sheet(canvas: Canvas, options: SheetOptions): Page {
  const s = canvas.size;
  const [x0, y0, x1, y1] = options.frame.map((f) => Math.round(f * s));
  const bw = borderWidth(s);
  const lw = lineWidth(s);
  canvas.fill(box(x0, y0, x1, y1, bw), BORDER);
  const inner = box(x0 + bw, y0 + bw, x1 - bw, y1 - bw, Math.max(bw / 2, 0.5));
  canvas.fill(inner, PAPER);
  const bodyTop = y0 + bw + Math.max(2, Math.round(0.16 * s));
  canvas.fill(intersect(inner, box(x0, y0, x1, bodyTop)), options.header);
  const pitch = (y1 - bw - bodyTop) / (options.rows + 1);
  for (let row = 1; row <= options.rows; row++) {
    const y = Math.round(bodyTop + row * pitch - lw / 2);
    canvas.fill(box(x0 + bw, y, x1 - bw, y + lw), GRID);
  }
  if (options.column !== undefined) {
    const x = Math.round(x0 + options.column * (x1 - x0) - lw / 2);
    canvas.fill(box(x, bodyTop, x + lw, y1 - bw), GRID);
  }
  return { left: x0 + bw, top: y0 + bw, body: bodyTop, right: x1 - bw, bottom: y1 - bw, bw, inner };
}

/** A check mark through three points given as fractions of `size`, in `color`, with a white halo of `halo` px. */
function check(canvas: Canvas, points: ReadonlyArray<readonly [number, number]>, width: number, color: Rgb, halo: number): void {
  const s = canvas.size;
  const mark = polyline(
    points.map(([x, y]) => [x * s, y * s] as const),
    width,
  );
  if (halo > 0) canvas.fill(grow(mark, halo), PAPER);
  canvas.fill(mark, color);
}

/** The add-in: a page with the brand header and a green check badge. */
export const addinIcon: Design = (s) => {
  const canvas = new Canvas(s);
  sheet(canvas, { frame: [0.0625, 0.0625, 0.8125, 0.9375], header: BRAND, rows: 2, column: 0.36 });
  const r = 0.29 * s;
  const c = s - r - Math.max(0.35, 0.02 * s);
  canvas.fill(circle(c, c, r + borderWidth(s)), PAPER);
  canvas.fill(circle(c, c, r), GREEN);
  const k = r / s;
  check(canvas, [
    [c / s - 0.48 * k, c / s + 0.02 * k],
    [c / s - 0.14 * k, c / s + 0.34 * k],
    [c / s + 0.46 * k, c / s - 0.3 * k],
  ], Math.max(1.5, 0.075 * s), PAPER, 0);
  return canvas;
};

/** Validate: a plain page with a large green check across its lower right. */
export const validateIcon: Design = (s) => {
  const canvas = new Canvas(s);
  sheet(canvas, { frame: [0.0625, 0.0625, 0.8125, 0.9375], header: HEADER_GREY, rows: 3, column: 0.36 });
  const width = Math.max(2.4, 0.15 * s);
  check(canvas, [[0.36, 0.66], [0.56, 0.86], [0.92, 0.4]], width, GREEN, borderWidth(s));
  return canvas;
};

/** Generate summary: a page with three rising bars. */
export const summaryIcon: Design = (s) => {
  const canvas = new Canvas(s);
  const page = sheet(canvas, { frame: [0.125, 0.0625, 0.875, 0.9375], header: HEADER_GREY, rows: 0 });
  const gap = Math.max(1, Math.round(s / 16));
  const barWidth = Math.floor((page.right - page.left - 4 * gap) / 3);
  const left = page.left + Math.floor((page.right - page.left - 3 * barWidth - 2 * gap) / 2);
  const bottom = page.bottom - gap;
  const room = bottom - page.body - gap;
  [0.4, 0.7, 1].forEach((height, i) => {
    const x = left + i * (barWidth + gap);
    canvas.fill(box(x, bottom - Math.round(height * room), x + barWidth, bottom), BAR);
  });
  return canvas;
};

/** Open pane: a window whose right part is the task pane, set off in the brand colour, with lines of text. */
export const paneIcon: Design = (s) => {
  const canvas = new Canvas(s);
  const page = sheet(canvas, { frame: [0.0625, 0.125, 0.9375, 0.875], header: HEADER_GREY, rows: 2, column: 0.25 });
  const split = Math.round(0.56 * s);
  canvas.fill(intersect(page.inner, box(split, page.top, page.right, page.bottom)), PANE);
  canvas.fill(box(split - page.bw, page.top, split, page.bottom), BRAND);
  const lw = lineWidth(s) + (s >= 32 ? 1 : 0);
  const indent = Math.max(1, Math.round(s / 16));
  const pitch = (page.bottom - page.top) / 4;
  const lines = [1, 0.9, 0.55].map((length, i) => {
    const y = Math.round(page.top + (i + 1) * pitch - lw / 2);
    const x0 = split + indent;
    return box(x0, y, x0 + Math.round(length * (page.right - indent - x0)), y + lw);
  });
  canvas.fill(union(...lines), BRAND);
  return canvas;
};
