import { auditWriteBench } from './audit-write.js';

// Benchmarks print figures measured in the same run; they are not tests and assert nothing.
await auditWriteBench();
