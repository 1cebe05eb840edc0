/**
 * The particles a template may pick after a placeholder: the form after a final consonant first, then the form
 * after a vowel. 으로/로 also takes 로 after ㄹ (서울로, 기준일로).
 */
export const PARTICLES = ["이/가", "을/를", "은/는", "으로/로", "과/와", "이나/나", "이라/라"] as const;
export type Particle = (typeof PARTICLES)[number];

export function isParticle(text: string): text is Particle {
  return (PARTICLES as readonly string[]).includes(text);
}

/** The form of `particle` that follows `text`, by its last sound: `'예산 현황'` and 을/를 give 을, `3` and 이/가 give 이. */
export function particleAfter(text: string, particle: Particle): string {
  const [afterConsonant, afterVowel] = particle.split("/");
  const final = finalConsonant(spokenEnding(text));
  if (final === NO_FINAL || (final === RIEUL && particle === "으로/로")) return afterVowel;
  return afterConsonant;
}

// A Hangul syllable is 0xAC00 + (initial × 21 + medial) × 28 + final; final 0 is none, 8 is ㄹ (Unicode 3.12).
const FIRST_SYLLABLE = 0xac00;
const FINALS = 28;
const NO_FINAL = 0;
const RIEUL = 8;

/** The final consonant's index of a syllable; an unreadable ending counts as one, so 이/을/은 is the default. */
function finalConsonant(syllable: string): number {
  if (syllable === "") return -1;
  return (syllable.charCodeAt(0) - FIRST_SYLLABLE) % FINALS;
}

// Marks that close a word without being read: quotes, brackets, an ellipsis, sentence punctuation, spaces.
const UNREAD_ENDING = /[\s'"‘’“”)\]}〉》」』】.,;:!?…]+$/u;
const HANGUL_SYLLABLE = /[가-힣]$/u;
const DIGITS = /(\d[\d,]*)$/u;
const LATIN = /([A-Za-z]+)$/u;

/**
 * The last syllable of `word` as a Korean reader says it, in Hangul, so its final sound can be told: a
 * number is read in Sino-Korean (`3` 삼, `10` 십, `2,000` 천, `0` 영; after a decimal point digit by digit), a
 * letter by its name (`B` 비, `L` 엘), a Latin word by how its loanword is written (`Budget` 버짓, `Staff` 스태프).
 * Unread marks at the end (quotes, brackets, an ellipsis) are skipped. "" when nothing at the end is readable.
 */
export function spokenEnding(word: string): string {
  const text = word.replace(UNREAD_ENDING, "");
  if (HANGUL_SYLLABLE.test(text)) return text.slice(-1);
  const digits = DIGITS.exec(text);
  if (digits) return numberEnding(digits[1].replaceAll(",", ""), text.charAt(digits.index - 1) === ".");
  const latin = LATIN.exec(text)?.[1];
  if (latin) return latinEnding(latin);
  return SYMBOLS[text.slice(-1)] ?? "";
}

// The digits' Sino-Korean names; a trailing run of zeros is read as the power of ten it makes.
const DIGIT_NAMES = ["영", "일", "이", "삼", "사", "오", "육", "칠", "팔", "구"];
const POWERS_OF_TEN = ["", "십", "백", "천"];
const POWERS_OF_TEN_THOUSAND = ["", "만", "억", "조", "경"];

function numberEnding(digits: string, afterDecimalPoint: boolean): string {
  const last = DIGIT_NAMES[Number(digits.slice(-1))];
  if (afterDecimalPoint || /^0+$/.test(digits)) return last;
  const zeros = digits.length - digits.replace(/0+$/, "").length;
  if (zeros < 4) return zeros === 0 ? last : POWERS_OF_TEN[zeros];
  // 만 closes 10,000 to 99,990,000 alike (십만, 백만, 천만), 억 the next four places.
  return POWERS_OF_TEN_THOUSAND[Math.floor(zeros / 4)] ?? last;
}

// Each letter's Korean name, as an abbreviation (`ID`, `#REF`) or a single letter is read: L 엘, M 엠, N 엔 and R 알
// end in a consonant.
const LETTER_NAMES: Readonly<Record<string, string>> = {
  a: "이", b: "비", c: "씨", d: "디", e: "이", f: "프", g: "지", h: "치", i: "이", j: "이", k: "이", l: "엘", m: "엠",
  n: "엔", o: "오", p: "피", q: "큐", r: "알", s: "스", t: "티", u: "유", v: "이", w: "유", x: "스", y: "이", z: "트",
};

/**
 * A Latin word's last syllable as its Korean loanword ends: a consonant the Korean spelling keeps as a final
 * (`Total` 토털, `Program` 프로그램, `Budget` 버짓, `Top` 톱, `Book` 북, `Ring` 링), a silent e after l, m, n
 * (`Table` 테이블, `Name` 네임), else a vowel (`Staff` 스태프, `Inventory` 인벤토리, `Number` 넘버, `Date` 데이트,
 * `Sheet` 시트).
 * A rule of thumb for words (the names and headers our messages quote are mostly Korean or such short words).
 */
function latinEnding(word: string): string {
  if (word.length === 1 || word === word.toUpperCase()) return LETTER_NAMES[word.slice(-1).toLowerCase()];
  const lower = word.toLowerCase();
  if (lower.endsWith("ng")) return "응";
  if (/[^aeiou]le$/.test(lower) || lower.endsWith("l")) return "을";
  if (/[aeiou][mn]e$/.test(lower)) return lower.at(-2) === "m" ? "음" : "은";
  // A t after a long vowel is its own syllable (`Sheet` 시트, `Boat` 보트), after a short one a final (`Unit` 유닛).
  const final = /(?<![aeiou])[aeiou]([mntpk])$|[aeiou]{2}([mnpk])$/.exec(lower)?.slice(1).find(Boolean);
  return final === undefined ? "으" : FINAL_CONSONANTS[final];
}

const FINAL_CONSONANTS: Readonly<Record<string, string>> = { m: "음", n: "은", t: "읏", p: "읍", k: "윽" };

// Symbols a value may end with, by how they are read: 퍼센트, 킬로미터, 제곱미터, 대시 (the `-` written for zero), 세모.
const SYMBOLS: Readonly<Record<string, string>> = { "%": "트", "㎞": "터", "㎡": "터", "-": "시", "△": "모", "▲": "모" };
