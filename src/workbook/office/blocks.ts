/**
 * Planning the reads under Excel on the web's 5 MB response limit: each requested area is cut into row blocks
 * and the blocks are packed into groups, one group per round trip. Pure, so the plan is tested on its own.
 */

/** A requested rectangle clipped to its sheet's used area; `rows` or `cols` is 0 when nothing is in use. */
export interface Area {
  readonly sheet: string;
  readonly top: number;
  readonly left: number;
  readonly rows: number;
  readonly cols: number;
}

export interface Block {
  /** Index of the area the block belongs to. */
  readonly area: number;
  readonly sheet: string;
  readonly top: number;
  readonly left: number;
  readonly rows: number;
  readonly cols: number;
}

/**
 * Response bytes per cell when values, value types, number formats and formulas are read: about 40 in the
 * sample's tables (42 in the text-heavy inventory), as measured on the fake host's JSON accounting.
 */
export const BYTES_PER_CELL = 40;

export function planBlocks(areas: readonly Area[], cellsPerGroup: number): Block[][] {
  const blocks: Block[] = [];
  areas.forEach((area, index) => {
    if (area.rows === 0 || area.cols === 0) return;
    const rowsPerBlock = Math.max(1, Math.floor(cellsPerGroup / area.cols));
    for (let offset = 0; offset < area.rows; offset += rowsPerBlock) {
      const rows = Math.min(rowsPerBlock, area.rows - offset);
      blocks.push({ area: index, sheet: area.sheet, top: area.top + offset, left: area.left, rows, cols: area.cols });
    }
  });
  const groups: Block[][] = [];
  let current: Block[] = [];
  let cells = 0;
  for (const block of blocks) {
    const size = block.rows * block.cols;
    if (current.length > 0 && cells + size > cellsPerGroup) {
      groups.push(current);
      current = [];
      cells = 0;
    }
    current.push(block);
    cells += size;
  }
  if (current.length > 0) groups.push(current);
  return groups;
}

/** A group the host refused as too large, in two halves: its blocks, or its one block's rows. */
export function splitGroup(group: readonly Block[]): [Block[], Block[]] | null {
  if (group.length > 1) {
    const half = Math.ceil(group.length / 2);
    return [group.slice(0, half), group.slice(half)];
  }
  const [block] = group;
  if (block === undefined || block.rows < 2) return null;
  const upper = Math.ceil(block.rows / 2);
  return [[{ ...block, rows: upper }], [{ ...block, top: block.top + upper, rows: block.rows - upper }]];
}
