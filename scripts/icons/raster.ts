/**
 * A tiny anti-aliased rasteriser. Shapes are signed distance functions (negative inside, in pixels); a pixel's
 * coverage is how far its centre lies inside the edge, clamped to [0, 1]. That is exact for pixel-aligned
 * rectangles (crisp edges at 16 px) and smooth for circles and diagonal strokes. Only arithmetic and `Math.sqrt`
 * are used, so the output is the same on every machine.
 */

export type Shape = (x: number, y: number) => number;
export type Rgb = readonly [number, number, number];

export function hex(value: string): Rgb {
  const n = Number.parseInt(value.replace("#", ""), 16);
  return [(n >> 16) & 0xff, (n >> 8) & 0xff, n & 0xff];
}

/** Axis-aligned box from (x0, y0) to (x1, y1), corners rounded by `radius`. */
export function box(x0: number, y0: number, x1: number, y1: number, radius = 0): Shape {
  const cx = (x0 + x1) / 2;
  const cy = (y0 + y1) / 2;
  const hx = (x1 - x0) / 2 - radius;
  const hy = (y1 - y0) / 2 - radius;
  return (x, y) => {
    const dx = Math.abs(x - cx) - hx;
    const dy = Math.abs(y - cy) - hy;
    const outside = Math.sqrt(Math.max(dx, 0) ** 2 + Math.max(dy, 0) ** 2);
    return outside + Math.min(Math.max(dx, dy), 0) - radius;
  };
}

export function circle(cx: number, cy: number, radius: number): Shape {
  return (x, y) => Math.sqrt((x - cx) ** 2 + (y - cy) ** 2) - radius;
}

/** A stroke of the given width along a polyline, with round joins and caps. */
export function polyline(points: ReadonlyArray<readonly [number, number]>, width: number): Shape {
  const segments = points.slice(1).map((b, i) => [points[i], b] as const);
  return (x, y) => {
    let nearest = Infinity;
    for (const [[ax, ay], [bx, by]] of segments) {
      const vx = bx - ax;
      const vy = by - ay;
      const t = Math.min(Math.max(((x - ax) * vx + (y - ay) * vy) / (vx * vx + vy * vy), 0), 1);
      nearest = Math.min(nearest, Math.sqrt((x - ax - t * vx) ** 2 + (y - ay - t * vy) ** 2));
    }
    return nearest - width / 2;
  };
}

/** The shape grown (or, with a negative amount, shrunk) by `amount` pixels: a halo around a mark. */
export function grow(shape: Shape, amount: number): Shape {
  return (x, y) => shape(x, y) - amount;
}

export function union(...shapes: Shape[]): Shape {
  return (x, y) => Math.min(...shapes.map((shape) => shape(x, y)));
}

export function intersect(...shapes: Shape[]): Shape {
  return (x, y) => Math.max(...shapes.map((shape) => shape(x, y)));
}

/** A square RGBA canvas, transparent to begin with, painted with "source over" compositing. */
export class Canvas {
  /** Straight (not premultiplied) RGBA, one float per channel, 0–255 for colour and 0–1 for alpha. */
  private readonly pixels: Float64Array;

  constructor(readonly size: number) {
    this.pixels = new Float64Array(size * size * 4);
  }

  fill(shape: Shape, color: Rgb, opacity = 1): this {
    for (let y = 0; y < this.size; y++) {
      for (let x = 0; x < this.size; x++) {
        const coverage = Math.min(Math.max(0.5 - shape(x + 0.5, y + 0.5), 0), 1) * opacity;
        if (coverage > 0) this.blend(x, y, color, coverage);
      }
    }
    return this;
  }

  private blend(x: number, y: number, [r, g, b]: Rgb, alpha: number): void {
    const i = (y * this.size + x) * 4;
    const below = this.pixels[i + 3] * (1 - alpha);
    const out = alpha + below;
    this.pixels[i] = (r * alpha + this.pixels[i] * below) / out;
    this.pixels[i + 1] = (g * alpha + this.pixels[i + 1] * below) / out;
    this.pixels[i + 2] = (b * alpha + this.pixels[i + 2] * below) / out;
    this.pixels[i + 3] = out;
  }

  rgba(): Uint8Array {
    const out = new Uint8Array(this.pixels.length);
    for (let i = 0; i < this.pixels.length; i += 4) {
      const alpha = Math.round(this.pixels[i + 3] * 255);
      // Fully transparent pixels carry no colour, so equal images encode to equal bytes.
      if (alpha === 0) continue;
      out[i] = Math.round(this.pixels[i]);
      out[i + 1] = Math.round(this.pixels[i + 1]);
      out[i + 2] = Math.round(this.pixels[i + 2]);
      out[i + 3] = alpha;
    }
    return out;
  }
}
