/**
 * The pane's list, grouped once per result: by the range each finding belongs to, in the order validation found
 * them, and in a budget with program levels by the top-level program (정책사업) whose rows hold its cell. Linear
 * in the findings: each range's rows map to their program through one array.
 */
import { parseA1 } from "../../core/address";
import type { Finding } from "../../core/finding";
import { pushInto } from "../../core/group";
import type { ProgramSpan } from "../../core/tables/program-tree";
import type { CheckedRange } from "../host";

/** `T` is a finding, or what stands for one (the list's row of it): `findingOf` tells which finding. */
export interface ProgramGroup<T> {
  readonly label: string;
  readonly findings: readonly T[];
}

export interface FindingGroup<T> {
  readonly name: string;
  readonly range: CheckedRange | undefined;
  /** The findings outside every program (a 계 row, the table as a whole), or all of them in a range without programs. */
  readonly findings: readonly T[];
  /** The programs holding findings, in table order. */
  readonly programs: readonly ProgramGroup<T>[];
}

export function groupFindings<T>(findings: readonly T[], ranges: readonly CheckedRange[], findingOf: (item: T) => Finding): FindingGroup<T>[] {
  const byName = new Map<string, T[]>();
  for (const item of findings) pushInto(byName, findingOf(item).name, item);
  const rangeByName = new Map(ranges.map((range) => [range.name, range]));
  return [...byName].map(([name, grouped]) => {
    const range = rangeByName.get(name);
    return { name, range, ...byProgram(grouped, range?.programs ?? [], findingOf) };
  });
}

function byProgram<T>(findings: readonly T[], programs: readonly ProgramSpan[], findingOf: (item: T) => Finding): Pick<FindingGroup<T>, "findings" | "programs"> {
  if (programs.length === 0) return { findings, programs: [] };
  const programOf = rowLookup(programs);
  const outside: T[] = [];
  const inside = new Map<number, T[]>();
  for (const item of findings) {
    const index = programOf(parseA1(findingOf(item).cell)?.row);
    if (index === undefined) outside.push(item);
    else pushInto(inside, index, item);
  }
  const ordered = [...inside].sort(([a], [b]) => a - b);
  return { findings: outside, programs: ordered.map(([index, list]) => ({ label: programs[index].label, findings: list })) };
}

/** The program (its index) whose rows hold a sheet row, through an array over the rows the programs span. */
function rowLookup(programs: readonly ProgramSpan[]): (row: number | undefined) => number | undefined {
  const first = programs[0].first;
  const index = new Int32Array(programs[programs.length - 1].last - first + 1).fill(-1);
  programs.forEach((program, i) => index.fill(i, program.first - first, program.last - first + 1));
  return (row) => {
    if (row === undefined || row < first || row - first >= index.length) return undefined;
    const i = index[row - first];
    return i < 0 ? undefined : i;
  };
}
