/**
 * A package we were about to write that a reader would refuse: a part that is no well-formed XML, or a zip
 * entry that does not read back as declared. It is our fault, never the user's file's, and nothing is written.
 */
export class BrokenPackageError extends Error {
  constructor(
    /** The part or zip entry at fault, as the package names it. */
    readonly part: string,
    readonly problem: string,
  ) {
    super(`${part}: ${problem}`);
    this.name = "BrokenPackageError";
  }
}
