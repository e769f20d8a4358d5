import { App, Button, Card, Empty, Flex, Input, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../../common/format';
import { problemText } from '../../../common/problems';
import { useSendMessage } from '../mutations';
import type { CaseMessage } from '../types';

function Bubble({ message }: { message: CaseMessage }) {
  const { t } = useTranslation();
  const office = message.author === 'office';
  return (
    <Flex vertical align={office ? 'flex-end' : 'flex-start'} gap={2}>
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {office ? t('caseDetail.messages.office') : t('caseDetail.messages.public')} · {formatDateTime(message.ts)}
      </Typography.Text>
      <div style={{ maxWidth: '90%', padding: '6px 10px', borderRadius: 6, whiteSpace: 'pre-wrap', background: office ? '#e6f0fb' : '#f5f5f5' }}>
        {message.body}
      </div>
    </Flex>
  );
}

/** The thread with a reporter who filed on the portal; they read it with their receipt. */
export function PublicMessages({ caseId, messages }: { caseId: number; messages: CaseMessage[] }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [text, setText] = useState('');
  const send = useSendMessage(caseId);
  const submit = () =>
    send.mutate(text.trim(), {
      onSuccess: () => {
        setText('');
        void message.success(t('caseDetail.messages.sent'));
      },
      onError: (error) => void message.error(problemText(error, t)),
    });
  return (
    <Card title={t('caseDetail.messages.title')} size="small" extra={<Typography.Text type="secondary" style={{ fontSize: 12 }}>{t('caseDetail.messages.hint')}</Typography.Text>}>
      <Flex vertical gap={10}>
        {messages.length === 0 ? (
          <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('caseDetail.messages.empty')} style={{ margin: '4px 0' }} />
        ) : (
          messages.map((item) => <Bubble key={item.id} message={item} />)
        )}
        <Input.TextArea
          value={text}
          onChange={(event) => setText(event.target.value)}
          autoSize={{ minRows: 2, maxRows: 6 }}
          maxLength={2000}
          placeholder={t('caseDetail.messages.placeholder')}
          aria-label={t('caseDetail.messages.placeholder')}
        />
        <Flex justify="flex-end">
          <Button type="primary" onClick={submit} disabled={!text.trim()} loading={send.isPending}>
            {t('caseDetail.messages.send')}
          </Button>
        </Flex>
      </Flex>
    </Card>
  );
}
