import { PaperClipOutlined } from '@ant-design/icons';
import { Button, Form, Upload, type UploadFile } from 'antd';
import { useTranslation } from 'react-i18next';
import { ATTACHMENT_ACCEPT } from '../../../common/attachments';

const MAX_FILES = 10;

/**
 * Files picked here stay in the browser until the form is sent; they then travel inline with
 * it, so a case and its evidence are filed together or not at all.
 */
export function AttachmentPicker({ name = 'attachments', label }: { name?: string; label?: string }) {
  const { t } = useTranslation();
  return (
    <Form.Item
      name={name}
      label={label ?? t('caseIntake.attachments')}
      extra={t('caseIntake.attachmentsHint', { max: MAX_FILES })}
      valuePropName="fileList"
      getValueFromEvent={(event: { fileList: UploadFile[] }) => event.fileList}
    >
      <Upload beforeUpload={() => false} multiple maxCount={MAX_FILES} accept={ATTACHMENT_ACCEPT}>
        <Button icon={<PaperClipOutlined aria-hidden />}>{t('caseIntake.pickFiles')}</Button>
      </Upload>
    </Form.Item>
  );
}
