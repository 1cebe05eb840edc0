/**
 * The names in an OLE compound file's directory (MS-CFB): Excel writes an old .xls as one, and a
 * password-protected .xlsx too, told apart by their streams' names. Only the directory is read, through the
 * sector allocation table; every step is bounded by the file's sector count, so a looping chain ends.
 */

const END_OF_CHAIN = 0xfffffffe;
const HEADER_DIFAT_ENTRIES = 109;
const DIRECTORY_ENTRY = 128;

/** Every name the directory holds; what cannot be followed (a chain out of the file) is left out. */
export function compoundFileNames(data: Uint8Array): string[] {
  if (data.length < 512) return [];
  const view = new DataView(data.buffer, data.byteOffset, data.byteLength);
  const shift = view.getUint16(30, true);
  if (shift !== 9 && shift !== 12) return [];
  const sectorSize = 1 << shift;
  const sectors = Math.floor((data.length - sectorSize) / sectorSize) + 1;
  const offsetOf = (sector: number) => (sector + 1) * sectorSize;
  const inFile = (sector: number) => sector < sectors && offsetOf(sector) + sectorSize <= data.length;

  const fat = readFat(view, sectorSize, sectors, offsetOf, inFile);
  const names: string[] = [];
  const seen = new Set<number>();
  for (let sector = view.getUint32(48, true); sector !== END_OF_CHAIN && inFile(sector) && !seen.has(sector); sector = fat[sector] ?? END_OF_CHAIN) {
    seen.add(sector);
    for (let at = offsetOf(sector); at < offsetOf(sector) + sectorSize; at += DIRECTORY_ENTRY) {
      const length = Math.min(view.getUint16(at + 64, true), 64);
      if (length >= 2) names.push(Buffer.from(data.buffer, data.byteOffset + at, length - 2).toString("utf16le"));
    }
  }
  return names;
}

/** The allocation table: each sector's next, from the FAT sectors the header and the DIFAT chain list. */
function readFat(view: DataView, sectorSize: number, sectors: number, offsetOf: (s: number) => number, inFile: (s: number) => boolean): number[] {
  const fatSectors: number[] = [];
  for (let i = 0; i < HEADER_DIFAT_ENTRIES; i++) fatSectors.push(view.getUint32(76 + i * 4, true));
  const seen = new Set<number>();
  for (let difat = view.getUint32(68, true); inFile(difat) && !seen.has(difat) && seen.size < sectors; ) {
    seen.add(difat);
    const at = offsetOf(difat);
    for (let i = 0; i < sectorSize / 4 - 1; i++) fatSectors.push(view.getUint32(at + i * 4, true));
    difat = view.getUint32(at + sectorSize - 4, true);
  }
  const fat: number[] = [];
  for (const sector of fatSectors) {
    if (!inFile(sector)) continue;
    const at = offsetOf(sector);
    for (let i = 0; i < sectorSize / 4 && fat.length < sectors; i++) fat.push(view.getUint32(at + i * 4, true));
  }
  return fat;
}
