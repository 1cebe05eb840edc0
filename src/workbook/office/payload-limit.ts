/**
 * Excel on the web refuses a request or a response of more than 5 MB. Reads and writes aim at 90 % of it,
 * since what they count is an estimate of the bytes that travel.
 */
export const PAYLOAD_LIMIT = Math.floor(5 * 1024 * 1024 * 0.9);
