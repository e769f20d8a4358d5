/**
 * The problems every part of the API may answer with, and the shape of a problem catalogue.
 *
 * A problem leaves the server as RFC 9457 problem+json whose `type` ends with its code
 * (`about:blank#not_found`). Each module's contract.ts has a catalogue of its own codes; this one
 * holds the generic ones. A code means one thing wherever it appears: the same status and the
 * same words (src/core/problems.test.ts checks). `zh` and `en` are what a person reads; the
 * server's `detail` may say more for API clients. Pure data: the web imports it.
 */

export type ProblemEntry = { readonly status: number; readonly zh: string; readonly en: string };
export type ProblemCatalogue = Readonly<Record<string, ProblemEntry>>;

/** Checks a catalogue's shape while keeping its literal codes. */
export const catalogue = <const C extends ProblemCatalogue>(c: C): C => c;

export const problems = catalogue({
  bad_request: { status: 400, zh: '请求未被接受，请检查填写的内容后重试。', en: 'The request was not accepted. Check what you entered and try again.' },
  validation: { status: 400, zh: '提交的内容有误，请检查后重试。', en: 'Some of what you entered was not accepted. Check it and try again.' },
  invalid_value: { status: 400, zh: '填写的某个值超出范围或格式不正确。', en: 'A value you entered is out of range or malformed.' },
  bad_url: { status: 400, zh: '地址无效。', en: 'The address is not valid.' },
  unauthorized: { status: 401, zh: '登录已失效，请重新登录。', en: 'Your session has ended. Please sign in again.' },
  forbidden: { status: 403, zh: '您无权执行此操作。', en: 'You may not do this.' },
  not_found: { status: 404, zh: '请求的内容不存在。', en: 'What you asked for does not exist.' },
  conflict: { status: 409, zh: '与记录的当前状态冲突，请刷新后重试。', en: 'This conflicts with the record as it is now. Reload and try again.' },
  /** A step or status change the record's state machine does not allow now (the problem names what is). */
  illegal_transition: { status: 409, zh: '当前状态下不能办理这一步，页面已更新。', en: 'This cannot be done in the current state. The page has been refreshed.' },
  /** A change to a campaign the office closed (read-only but for the office administrator's corrections). */
  campaign_closed: { status: 409, zh: '该专项活动已结束并关闭，其记录不能再更改。', en: 'This campaign has ended and is closed: its records can no longer change.' },
  in_progress: { status: 409, zh: '上一次提交仍在处理，请稍候再试。', en: 'The previous submission is still being processed. Wait a moment and try again.' },
  idempotency_key_reused: {
    status: 422,
    zh: '这份表单已提交过，之后内容又有改动。请先在案件列表中确认是否已登记，再刷新页面重新填写。',
    en: 'This form was already sent and has changed since. Check the case list for it, then reload the page and fill it in again.',
  },
  locked: { status: 423, zh: '账号已暂时锁定，请稍后再试。', en: 'The account is locked for a while. Try again later.' },
  rate_limited: { status: 429, zh: '操作过于频繁，请稍后再试。', en: 'Too many requests. Try again in a moment.' },
  internal: { status: 500, zh: '服务器发生错误。', en: 'The server ran into an error.' },
  unavailable: { status: 503, zh: '服务暂时不可用，请几秒钟后重试。', en: 'The service is briefly unavailable. Try again in a few seconds.' },
  /** The readiness probe (/readyz): this instance cannot reach its database. */
  not_ready: { status: 503, zh: '服务尚未就绪：无法连接数据库。', en: 'The service is not ready: the database cannot be reached.' },
  /** The command-line restore refuses a file that is not a backup of its kind, or a target that is not empty. */
  restore_refused: { status: 409, zh: '恢复被拒绝：备份文件不适用，或目标不是空的。', en: 'The restore was refused: the backup does not fit, or the target is not empty.' },
});
export type CoreProblem = keyof typeof problems;
