import type { Lang } from "../../finding";

/** Differences divisible by 9 are what swapping two digits produces (1,234 typed as 1,324). */
function mayBeTransposed(difference: number): boolean {
  return Number.isInteger(difference) && difference !== 0 && difference % 9 === 0;
}

const TRANSPOSED = { ko: ": 숫자 자리 바뀜 의심", en: ": possible transposed digits" } as const;

/** The hint a difference message ends with when the difference may be two swapped digits. */
export function transpositionHint(difference: number, lang: Lang): string {
  return mayBeTransposed(difference) ? TRANSPOSED[lang] : "";
}
