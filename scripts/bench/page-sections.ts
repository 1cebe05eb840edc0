/**
 * Sections of docs/performance.md that a run of their own writes (`npm run bench -- hostile`, `-- pane`): each
 * runs from its `## ` heading to the next, and every other run keeps it as it found it.
 */

/** The section under `heading`, up to the next `## ` heading, or null. */
export function findSection(page: string, heading: string): string | null {
  const start = page.indexOf(`${heading}\n`);
  if (start < 0) return null;
  const next = page.indexOf("\n## ", start + heading.length);
  return page.slice(start, next < 0 ? undefined : next).trimEnd();
}

/** The page with `section` in place of the section under the same heading, or at its end. */
export function withSection(page: string, heading: string, section: string): string {
  const old = findSection(page, heading);
  if (old !== null) return page.replace(old, () => section);
  return `${page.trimEnd()}\n\n${section}\n`;
}
