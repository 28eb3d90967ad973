export { authenticateRequest } from "./authenticate";
export { toCsv } from "./csv";
export { EXPORT_MAX_ROWS, handleSessionFindingsExport } from "./export-findings";
export { handleListFindings, type RestOptions } from "./findings";
export { type ExportableFinding, findingsToCsv, findingToJson } from "./findings-serializer";
export { checkScanStartRate, SCAN_START_LIMIT } from "./rate-limit";
export { MAX_BODY_BYTES, readBodyText } from "./read-body";
export { handleGetScan, handleStartScan } from "./scans";
