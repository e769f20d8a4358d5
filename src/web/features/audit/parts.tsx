import { Flex, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { oneOf } from '../../common/oneOf';
import { OUTCOMES, type AuditEntry, type Outcome } from './types';
import { whoWords, type Wording } from './words';

const OUTCOME_COLOURS: Record<Outcome, string> = { success: 'success', failure: 'error', denied: 'warning' };

export function OutcomeTag({ outcome }: { outcome: string }) {
  const { t } = useTranslation();
  if (!oneOf(OUTCOMES, outcome)) return <Tag>{outcome}</Tag>;
  return (
    <Tag color={OUTCOME_COLOURS[outcome]} style={{ marginInlineEnd: 0 }}>
      {t(`audit.outcomes.${outcome}`)}
    </Tag>
  );
}

/** Who acted: their name, with the username in grey beside it. */
export function Who({ entry, wording }: { entry: AuditEntry; wording: Wording }) {
  const who = whoWords(entry, wording.lookup);
  return (
    <Flex gap={6} wrap align="baseline" data-testid="audit-who">
      <span>{who.name}</span>
      {who.username && (
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {who.username}
        </Typography.Text>
      )}
    </Flex>
  );
}

export const mono = { fontFamily: 'ui-monospace, SFMono-Regular, Menlo, Consolas, monospace', fontSize: 12 };
