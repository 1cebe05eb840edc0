import manifest from "../../package.json";

/** The version a stamp records as the one that validated. */
export const VERSION: string = manifest.version;
