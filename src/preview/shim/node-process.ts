/**
 * The little of Node's `process` that ExcelJS's stream library (readable-stream) reads in a browser; webpack 5
 * provides none. Only the preview bundle gets it (webpack.preview.config.js).
 */
export const browser = true;
export const env: Record<string, string> = {};
export const version = "";

export function nextTick(callback: (...args: unknown[]) => void, ...args: unknown[]): void {
  queueMicrotask(() => callback(...args));
}

export function emitWarning(warning: unknown): void {
  console.warn(warning);
}
