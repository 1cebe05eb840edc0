export { openXlsxBuffer, openXlsxFile, readXlsxFile } from "./open";
