import dayjs from 'dayjs';
import localizedFormat from 'dayjs/plugin/localizedFormat';

dayjs.extend(localizedFormat);

/** A calendar date (YYYY-MM-DD) in the reader's language, e.g. 2011年12月31日. */
export function formatDate(isoDate: string): string {
  return dayjs(isoDate).format('LL');
}

/** A UTC timestamp shown in the browser's local time. */
export function formatDateTime(isoTimestamp: string): string {
  return dayjs(isoTimestamp).format('YYYY-MM-DD HH:mm:ss');
}

/** Today's calendar date where the reader is. */
export function todayIso(): string {
  return dayjs().format('YYYY-MM-DD');
}
