import { DownloadOutlined, InboxOutlined } from '@ant-design/icons';
import { Alert, Button, Checkbox, Flex, Modal, Result, Typography, Upload } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { toAttachment } from '../../../common/attachments';
import { useImportEvaluators, type ImportFile } from '../mutations';
import { evaluationProblemText } from '../problems';
import { downloads } from '../queries';
import type { ImportReport } from '../types';
import { ImportReportTable } from './ImportReportTable';

/** The server takes files up to about ten megabytes; a roster is far smaller. */
const MAX_BYTES = 10 * 1024 * 1024;

/**
 * Imports a roster in two steps: the file is first checked (nothing is written) and the report
 * shown row by row; only then are the good rows imported, on the office's word.
 */
export function ImportModal({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const importer = useImportEvaluators();
  const [file, setFile] = useState<ImportFile | null>(null);
  const [tooLarge, setTooLarge] = useState(false);
  const [report, setReport] = useState<ImportReport | null>(null);
  const [imported, setImported] = useState<number | null>(null);
  const [onlyProblems, setOnlyProblems] = useState(false);
  const check = async (picked: File) => {
    setReport(null);
    setImported(null);
    setTooLarge(picked.size > MAX_BYTES);
    if (picked.size > MAX_BYTES) return;
    const upload = await toAttachment(picked);
    setFile(upload);
    importer.mutate({ file: upload, confirm: false }, { onSuccess: setReport });
  };
  const confirm = () => {
    if (file) importer.mutate({ file, confirm: true }, { onSuccess: (done) => setImported(done.imported) });
  };
  const rows = report ? (onlyProblems ? report.rows.filter((row) => !row.ok) : report.rows) : [];
  const footer =
    imported !== null ? (
      <Button type="primary" onClick={onClose}>
        {t('evaluations.import.finish')}
      </Button>
    ) : (
      <Flex justify="flex-end" gap={8}>
        <Button onClick={onClose}>{t('actions.cancel')}</Button>
        <Button type="primary" disabled={!report || report.accepted === 0} loading={importer.isPending && report !== null} onClick={confirm} data-testid="import-confirm">
          {t('evaluations.import.confirm', { count: report?.accepted ?? 0 })}
        </Button>
      </Flex>
    );
  return (
    <Modal open title={t('evaluations.import.title')} onCancel={onClose} footer={footer} width={760} destroyOnHidden>
      {imported !== null ? (
        <Result status="success" title={t('evaluations.import.done', { count: imported })} subTitle={report && report.refused > 0 ? t('evaluations.import.doneRefused', { count: report.refused }) : undefined} />
      ) : (
        <Flex vertical gap={16}>
          <Typography.Paragraph style={{ margin: 0 }}>
            {t('evaluations.import.columns')}{' '}
            <Typography.Link href={downloads.template()} download>
              <DownloadOutlined /> {t('evaluations.import.template')}
            </Typography.Link>
          </Typography.Paragraph>
          <Upload.Dragger
            accept=".xlsx,.csv"
            maxCount={1}
            showUploadList={false}
            beforeUpload={(picked) => {
              void check(picked);
              return false;
            }}
            data-testid="import-file"
          >
            <p className="ant-upload-drag-icon">
              <InboxOutlined />
            </p>
            <p className="ant-upload-text">{t('evaluations.import.pick')}</p>
            <p className="ant-upload-hint">{file ? t('evaluations.import.picked', { name: file.filename }) : t('evaluations.import.pickHint')}</p>
          </Upload.Dragger>
          {tooLarge && <Alert type="error" showIcon title={t('evaluations.import.tooLarge')} />}
          {importer.isError && <Alert type="error" showIcon title={evaluationProblemText(importer.error, t)} />}
          {importer.isPending && !report && <Alert type="info" showIcon title={t('evaluations.import.checking')} />}
          {report && (
            <Flex vertical gap={8}>
              <Flex justify="space-between" align="center" gap={12} wrap>
                <Alert
                  type={report.refused === 0 ? 'success' : 'warning'}
                  showIcon
                  title={t('evaluations.import.summary', { total: report.rows.length, accepted: report.accepted, refused: report.refused })}
                  style={{ flex: 1 }}
                  data-testid="import-summary"
                />
                <Checkbox checked={onlyProblems} onChange={(event) => setOnlyProblems(event.target.checked)} disabled={report.refused === 0}>
                  {t('evaluations.import.onlyProblems')}
                </Checkbox>
              </Flex>
              <ImportReportTable rows={rows} />
            </Flex>
          )}
        </Flex>
      )}
    </Modal>
  );
}
