import { Alert, Flex } from 'antd';
import { useTranslation } from 'react-i18next';

/** What the office said about one item in a review. */
export interface ItemComments {
  label: string;
  byKey: Readonly<Record<string, string>>;
}

/** Beside an item: the office's comment on it, and what the server refused in it. */
export function ItemNotes({ itemKey, comments, problems }: { itemKey: string; comments?: ItemComments | null; problems?: readonly string[] }) {
  const { t } = useTranslation();
  const comment = comments && Object.hasOwn(comments.byKey, itemKey) ? comments.byKey[itemKey] : undefined;
  if (!comment && !problems?.length) return null;
  return (
    <Flex vertical gap={8} style={{ marginBottom: 12 }}>
      {comment && <Alert type="warning" showIcon title={t('labelled', { label: comments?.label }) + comment} style={{ whiteSpace: 'pre-wrap' }} data-testid="item-review-comment" />}
      {problems?.map((problem) => <Alert key={problem} type="error" showIcon title={problem} data-testid="item-problem" />)}
    </Flex>
  );
}
