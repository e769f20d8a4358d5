import type { Dayjs } from 'dayjs';
import type { AttachmentUpload } from '../../../common/attachments';

import { INTAKE_CHANNELS } from '../types';

/** The channels the office records by hand (the server's contract). */
export { INTAKE_CHANNELS };
export type IntakeChannel = (typeof INTAKE_CHANNELS)[number];

/** The form's values; field names follow the server's, so its field errors land beside the right input. */
export interface IntakeValues {
  channel: IntakeChannel;
  detail?: {
    line?: string;
    callTime?: Dayjs | null;
    box?: string;
    openedOn?: Dayjs | null;
    outlet?: string;
    publishedOn?: Dayjs | null;
    link?: string;
    sender?: string;
    senderAddress?: string;
    contact?: string;
    postmarkedOn?: Dayjs | null;
    place?: string;
  };
  reporter?: { name?: string; phone?: string };
  unitId?: number | null;
  personsConcerned?: ({ name?: string; position?: string } | undefined)[];
  category: string;
  secondaryCategories?: string[];
  title: string;
  body: string;
}

type Detail = NonNullable<IntakeValues['detail']>;

const text = (value: string | undefined) => value?.trim() || undefined;
const day = (value: Dayjs | null | undefined) => value?.format('YYYY-MM-DD');

/** The detail the server expects for the channel, and nothing else (it refuses unknown keys). */
function detailFor(channel: IntakeChannel, d: Detail): Record<string, string | undefined> {
  switch (channel) {
    case 'hotline':
      return { line: d.line, callTime: d.callTime?.format() };
    case 'complaint_box':
      return { box: text(d.box), openedOn: day(d.openedOn) };
    case 'media':
      return { outlet: text(d.outlet), publishedOn: day(d.publishedOn), link: text(d.link), contact: text(d.contact) };
    case 'letter':
      return { sender: text(d.sender), senderAddress: text(d.senderAddress), postmarkedOn: day(d.postmarkedOn) };
    case 'walk_in':
      return { place: text(d.place) };
  }
}

function withoutEmpty<T extends Record<string, unknown>>(record: T): Partial<T> {
  return Object.fromEntries(Object.entries(record).filter(([, value]) => value !== undefined)) as Partial<T>;
}

/** Named persons only, trimmed; an empty list is left out. */
function persons(list: IntakeValues['personsConcerned']) {
  const named = (list ?? []).flatMap((p) => {
    const name = text(p?.name);
    return name ? [withoutEmpty({ name, position: text(p?.position) })] : [];
  });
  return named.length > 0 ? named : undefined;
}

/** Secondary categories without the primary one and without repeats; an empty list is left out. */
function secondary(primary: string, list: string[] | undefined) {
  const rest = [...new Set(list ?? [])].filter((c) => c !== primary);
  return rest.length > 0 ? rest : undefined;
}

/** The body of POST /api/cases. A reporter with neither name nor phone is anonymous: left out. */
export function intakeBody(values: IntakeValues, attachments: AttachmentUpload[]) {
  const reporter = withoutEmpty({ name: text(values.reporter?.name), phone: text(values.reporter?.phone) });
  return withoutEmpty({
    channel: values.channel,
    detail: withoutEmpty(detailFor(values.channel, values.detail ?? {})),
    reporter: Object.keys(reporter).length > 0 ? reporter : undefined,
    unitId: values.unitId ?? undefined,
    personsConcerned: persons(values.personsConcerned),
    category: values.category,
    secondaryCategories: secondary(values.category, values.secondaryCategories),
    title: values.title.trim(),
    body: values.body.trim(),
    attachments,
  });
}
