import type { AuditEntry } from '../../../modules/audit-trail/contract';

/**
 * The audit trail in words: an action, an object, who acted, and a row's detail as labelled
 * fields. Pure: the words come from a lookup into the console's catalogues (src/web/i18n), so the
 * page (i18next) and the server's workbook (export.ts, the catalogues themselves) word a row alike.
 */

/** A word of the catalogue by its dotted key (`audit.actions.case.view`), or undefined when there is none. */
export type Lookup = (key: string) => string | undefined;

export type Wording = {
  lookup: Lookup;
  /** An instant (ISO string) as the reader reads times. */
  instant: (iso: string) => string;
};

/** The part of an entry its words are made of. */
export type WordedEntry = Pick<AuditEntry, 'action' | 'objectType' | 'objectId' | 'objectLabel' | 'username' | 'actorName' | 'detail' | 'detailLabels'>;

export type DetailField = { key: string; label: string; value: string };

const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})$/;
/** Keys whose words are the reader's: only plain names are looked up, never a value's own dots. */
const WORD_KEY = /^[A-Za-z_][A-Za-z0-9_]*$/;

const word = (w: Lookup, prefix: string, code: string) => (WORD_KEY.test(code) ? w(`${prefix}.${code}`) : undefined);

/** An action in words (`查看了反映人身份`); the code itself when it has none. */
export function actionWords(code: string, w: Lookup): string {
  const [area, name, ...rest] = code.split('.');
  if (!area || !name || rest.length || !WORD_KEY.test(area) || !WORD_KEY.test(name)) return code;
  return w(`audit.actions.${area}.${name}`) ?? code;
}

/** An area of actions in words (`案件`). */
export function areaWords(area: string, w: Lookup): string {
  return word(w, 'audit.areas', area) ?? area;
}

/** A kind of object in words (`单位`). */
export function objectTypeWords(type: string, w: Lookup): string {
  return word(w, 'audit.objectTypes', type) ?? type;
}

/** The object of a row in words: `案件 ZF2011-000006`, `单位 市环保局`, `用户 #7`; null when the row names none. */
export function objectWords(entry: Pick<WordedEntry, 'objectType' | 'objectId' | 'objectLabel'>, w: Lookup): string | null {
  if (!entry.objectType) return null;
  const type = objectTypeWords(entry.objectType, w);
  if (entry.objectLabel) return `${type} ${entry.objectLabel}`;
  return entry.objectId !== null ? `${type} #${entry.objectId}` : type;
}

/** Who acted: their name, and their username when it says more (null for the system and for a name that is the username). */
export function whoWords(entry: Pick<WordedEntry, 'username' | 'actorName'>, w: Lookup): { name: string; username: string | null } {
  if (entry.actorName) return { name: entry.actorName, username: entry.username && entry.username !== entry.actorName ? entry.username : null };
  if (entry.username === 'system' || entry.username === null) return { name: w('audit.system') ?? 'system', username: null };
  // A command run on the server (`cli:user:create`): no person signed in.
  if (entry.username.startsWith('cli:')) return { name: w('audit.commandLine') ?? entry.username, username: entry.username };
  return { name: entry.username, username: null };
}

/** A detail key's label (`原因`); the key itself when it has none. A time range's ends (`from`, `to` as instants) are named as such. */
export function fieldLabel(key: string, w: Lookup, value?: unknown): string {
  if ((key === 'from' || key === 'to') && typeof value === 'string' && INSTANT.test(value)) return word(w, 'audit.fields', `${key}Time`) ?? key;
  return word(w, 'audit.fields', key) ?? key;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A value of the detail in words: a status, a role, a channel, a reason… in words, a record referred to by its name, a time as the reader reads it. */
function valueText(key: string, value: unknown, entry: WordedEntry, wording: Wording, nested: boolean): string {
  const w = wording.lookup;
  const sep = w('listSeparator') ?? ', ';
  if (value === null || value === undefined || value === '') return w('none') ?? '—';
  const label = nested ? undefined : entry.detailLabels[key];
  if (label !== undefined) return label;
  if (typeof value === 'boolean') return (value ? w('yes') : w('no')) ?? String(value);
  if (typeof value === 'number') return /Id$/.test(key) || key === 'into' ? `#${value}` : String(value);
  if (typeof value === 'string') {
    if (INSTANT.test(value)) return wording.instant(value);
    const area = entry.action.split('.')[0];
    const coded = (() => {
      switch (key) {
        case 'from':
        case 'to':
        case 'status':
          return area === 'case' ? word(w, 'cases.statuses', value) : area === 'inspection' ? word(w, 'inspections.statuses', value) : undefined;
        case 'role':
          return word(w, 'roles', value);
        case 'channel':
          return word(w, 'cases.channels', value);
        case 'outcome':
          return word(w, 'audit.outcomes', value) ?? word(w, 'plan.outcomes', value);
        case 'action':
          return actionWords(value, w);
        case 'objectType':
          return objectTypeWords(value, w);
        case 'kind':
          return area === 'inspection' ? word(w, 'inspections.kinds', value) : undefined;
        default:
          return word(w, 'audit.values', value);
      }
    })();
    return coded ?? value;
  }
  if (Array.isArray(value)) {
    if (key === 'fields') return value.map((v) => (typeof v === 'string' ? fieldLabel(v, w) : String(v))).join(sep);
    return value.map((v) => valueText(key === 'cases' ? 'caseId' : key, v, entry, wording, true)).join(sep);
  }
  if (isRecord(value)) {
    return Object.entries(value)
      .filter(([, v]) => v !== undefined && v !== null && v !== '')
      .map(([k, v]) => `${fieldLabel(k, w, v)}: ${valueText(k, v, entry, wording, true)}`)
      .join(sep);
  }
  return String(value);
}

/** A row's detail as labelled fields, in the order written; a detail that is not an object is one field. */
export function detailFields(entry: WordedEntry, wording: Wording): DetailField[] {
  const { detail } = entry;
  if (detail === null || detail === undefined) return [];
  if (!isRecord(detail)) return [{ key: 'detail', label: wording.lookup('audit.detail') ?? 'detail', value: valueText('detail', detail, entry, wording, true) }];
  return Object.entries(detail)
    .filter(([, v]) => v !== undefined)
    .map(([key, value]) => ({ key, label: fieldLabel(key, wording.lookup, value), value: valueText(key, value, entry, wording, false) }));
}

/** A lookup into a catalogue object, as the server reads the console's words (nested keys, leaves are strings). */
export function lookupIn(catalogue: unknown): Lookup {
  return (key) => {
    let node: unknown = catalogue;
    for (const part of key.split('.')) {
      if (!isRecord(node) || !Object.hasOwn(node, part)) return undefined;
      node = node[part];
    }
    return typeof node === 'string' ? node : undefined;
  };
}
