import type { Lang } from "../../finding";

/** Differences divisible by 9 are what swapping two digits produces (1,234 typed as 1,324). */
function mayBeTransposed(difference: number): boolean {
  return Number.isInteger(difference) && difference !== 0 && difference % 9 === 0;
}

const TRANSPOSED = { ko: ", 자릿수 바뀜 가능", en: ", digits may be transposed" } as const;

/** The hint a difference message ends with when the difference may be two swapped digits. */
export function transpositionHint(difference: number, lang: Lang): string {
  return mayBeTransposed(difference) ? TRANSPOSED[lang] : "";
}
