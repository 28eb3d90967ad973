export { createRedisConnection } from "./connection";
export { formatEnvError } from "./env-error";
export { ZDatabaseUrl, ZQueuePrefix, ZRedisUrl } from "./env-schemas";
export * from "./names";
export * from "./payloads";
export {
  type AccountTestResult,
  enqueueAccountDiscovery,
  enqueueAccountTest,
  enqueueRemediation,
  enqueueRemediationNotification,
  enqueueScan,
  enqueueScanNotification,
  enqueueTestNotification,
  runAccountTest,
} from "./producers";
export { createQueues, DEFAULT_JOB_OPTIONS, type Queues } from "./queues";
export {
  listScanScheduleIds,
  removeScanSchedule,
  type ScanScheduleSpec,
  scanSchedulerId,
  syncScanSchedule,
} from "./schedules";
