/**
 * Time, for the use cases: each run reads its clock once and takes every form of the moment it needs from that
 * one reading. The shells' entry points hand in the system clock; tests hand in a fixed one.
 */
import { formatIsoDate, type CivilDate } from "../core/values/dates";

export type Clock = () => Date;

/** The only place that reads the system's time. */
export const systemClock: Clock = () => new Date();

/** A clock stopped at the start of `day`: for a worker thread, which is handed the day its run began. */
export function clockAt(day: CivilDate): Clock {
  const start = new Date(day.year, day.month - 1, day.day);
  return () => start;
}

/** One reading of a clock, in the forms the use cases use. */
export interface Moment {
  /** The local day: the as-of date when neither the options nor the workbook give one. */
  readonly today: CivilDate;
  /** Local time to the minute, as a summary is dated: `2026-11-25 15:20`. */
  readonly localTime: string;
  /** ISO 8601 instant, as a stamp or an acceptance records it. */
  readonly instant: string;
}

export function readClock(clock: Clock): Moment {
  const now = clock();
  const today = { year: now.getFullYear(), month: now.getMonth() + 1, day: now.getDate() };
  const pad = (n: number) => String(n).padStart(2, "0");
  return {
    today,
    localTime: `${formatIsoDate(today)} ${pad(now.getHours())}:${pad(now.getMinutes())}`,
    instant: now.toISOString(),
  };
}
