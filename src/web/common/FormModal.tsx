import { Alert, Modal, type FormInstance } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

type Props = {
  title: string;
  okText: string;
  /** The form inside: OK submits it. */
  form: FormInstance;
  busy: boolean;
  /** What went wrong with the last submission, shown above the form. */
  problem: string | null;
  problemTestId?: string;
  width?: number;
  onClose: () => void;
  children: ReactNode;
};

/** A dialog around one form: OK submits it, the problem of the last try stands above it. */
export function FormModal({ title, okText, form, busy, problem, problemTestId, width, onClose, children }: Props) {
  const { t } = useTranslation();
  return (
    <Modal open title={title} okText={okText} cancelText={t('actions.cancel')} confirmLoading={busy} onOk={() => form.submit()} onCancel={onClose} destroyOnHidden width={width}>
      {problem && <Alert type="error" showIcon title={problem} style={{ marginBottom: 16 }} data-testid={problemTestId} />}
      {children}
    </Modal>
  );
}
