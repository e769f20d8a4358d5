import type { audit as zh } from '../zh-CN/audit';

export const audit: typeof zh = {
  title: 'Audit trail',
  subtitle: 'Every action leaves a record; records are sealed in a hash chain that can be verified at any time.',
  action: 'Action',
  username: 'User',
  objectType: 'Object type',
  outcome: 'Outcome',
  range: 'Time range',
  anyOutcome: 'Any outcome',
  outcomes: {
    success: 'Success',
    failure: 'Failure',
    denied: 'Denied',
  },
  time: 'Time',
  object: 'Object',
  requestId: 'Request ID',
  detail: 'Detail',
  loadMore: 'Load more',
  noMore: 'All records shown',
  shown: '{{count}} shown',
  verify: 'Verify chain',
  verifyOk: 'The chain is intact: {{checked}} records checked.',
  verifyBroken: 'The chain breaks at record {{seq}} ({{reason}}); {{checked}} records checked.',
  unsealed: '{{count}} more records are not sealed yet.',
};
