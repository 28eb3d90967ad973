export * from "./names";
export * from "./payloads";
export { createRedisConnection } from "./connection";
export { createQueues, DEFAULT_JOB_OPTIONS, type Queues } from "./queues";
export { enqueueAccountDiscovery, enqueueScan, enqueueRemediation, enqueueScanNotification } from "./producers";
export { formatEnvError } from "./env-error";
