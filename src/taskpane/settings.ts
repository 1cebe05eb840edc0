import type { Lang } from "../core/finding";
import { MAX_APPROVALS } from "../core/summary/sections/header";
import { DEFAULT_SETTINGS, type PaneSettings } from "./host";

/** The longest due-soon window the settings accept: ten years is a plan, more is a typo. */
export const MAX_DUE_WITHIN_MONTHS = 120;

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Korean for a `ko-*` Office, English for any other, unless the user chose one. */
export function resolveLang(choice: PaneSettings["lang"], displayLanguage: string): Lang {
  if (choice !== "auto") return choice;
  return /^ko\b/i.test(displayLanguage) ? "ko" : "en";
}

export function isDueWithinMonths(value: number): boolean {
  return Number.isInteger(value) && value >= 0 && value <= MAX_DUE_WITHIN_MONTHS;
}

export function isTolerance(value: number): boolean {
  return Number.isFinite(value) && value >= 0;
}

/** `담당, 팀장, 과장` as typed: the roles, or null when there are more than the 결재란 holds. */
export function approvalRoles(text: string): string[] | null {
  const roles = text.split(",").map((role) => role.trim()).filter((role) => role !== "");
  return roles.length > MAX_APPROVALS ? null : roles;
}

function isApprovals(value: unknown): value is string[] {
  return Array.isArray(value) && value.length <= MAX_APPROVALS && value.every((role) => typeof role === "string" && role.trim() !== "");
}

/**
 * The settings a workbook carries, keeping only well-formed fields: the file may have been edited by an older
 * version or by hand, and a bad field should fall back to its default rather than break the pane.
 */
export function readSettings(raw: unknown): Partial<PaneSettings> {
  if (typeof raw !== "object" || raw === null) return {};
  const { asOf, dueWithinMonths, lang, tolerance, liveRecheck, department, approvals } = raw as Record<string, unknown>;
  return {
    ...(typeof asOf === "string" && ISO_DATE.test(asOf) && { asOf }),
    ...(typeof dueWithinMonths === "number" && isDueWithinMonths(dueWithinMonths) && { dueWithinMonths }),
    ...((lang === "auto" || lang === "ko" || lang === "en") && { lang }),
    ...(typeof tolerance === "number" && isTolerance(tolerance) && { tolerance }),
    ...(typeof liveRecheck === "boolean" && { liveRecheck }),
    ...(typeof department === "string" && department.trim() !== "" && { department }),
    ...(isApprovals(approvals) && { approvals }),
  };
}

export function withDefaults(saved: Partial<PaneSettings>): PaneSettings {
  return { ...DEFAULT_SETTINGS, ...saved };
}
