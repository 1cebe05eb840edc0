export { openXlsxBuffer, openXlsxFile } from "./open";
