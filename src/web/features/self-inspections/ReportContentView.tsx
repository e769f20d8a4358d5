import { Button, Card, Flex, Input, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDate, todayIso } from '../../common/format';
import { useCategoryName } from '../cases/useCategoryName';
import { rectificationState } from './draft';
import { SectionTitle } from './EditorSections';
import { ItemNotes, type ItemComments } from './ItemNotes';
import { StateTag } from './Tags';
import type { ReportContent } from './types';

/** The office's comments being written on single items, by item key. */
export interface ItemReview {
  values: Readonly<Record<string, string>>;
  onChange: (key: string, text: string | null) => void;
}

interface ContentViewProps {
  content: ReportContent;
  /** Each rectification's state as the server worked it out (else from its deadline). */
  states?: Readonly<Record<string, string>>;
  comments?: ItemComments | null;
  /** When the office reviews: a comment field beside each item. */
  review?: ItemReview | null;
  /** The rectifications the office filed as cases, by item key. */
  filedCases?: Readonly<Record<string, { caseId: number; code: string }>>;
  testId?: string;
}

function Line({ label, children }: { label: string; children: ReactNode }) {
  const { t } = useTranslation();
  return (
    <Typography.Paragraph style={{ margin: '4px 0 0', whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
      <Typography.Text type="secondary">{t('labelled', { label })}</Typography.Text>
      {children}
    </Typography.Paragraph>
  );
}

/** The office's comment field beside one item, opened by a link so that a long report stays short. */
function ItemReviewField({ itemKey, review }: { itemKey: string; review: ItemReview }) {
  const { t } = useTranslation();
  const value = Object.hasOwn(review.values, itemKey) ? review.values[itemKey] : undefined;
  if (value === undefined) {
    return (
      <Button type="link" size="small" style={{ paddingInline: 0, marginTop: 4 }} onClick={() => review.onChange(itemKey, '')} data-testid="add-item-comment">
        {t('selfInspections.review.addItemComment')}
      </Button>
    );
  }
  return (
    <Flex vertical gap={4} style={{ marginTop: 8 }}>
      <Input.TextArea
        value={value}
        onChange={(event) => review.onChange(itemKey, event.target.value)}
        autoSize={{ minRows: 2, maxRows: 6 }}
        maxLength={2000}
        placeholder={t('selfInspections.review.itemComment')}
        aria-label={t('selfInspections.review.itemComment')}
        autoFocus
        data-testid="item-comment-input"
      />
      <Button type="link" size="small" danger style={{ paddingInline: 0, alignSelf: 'flex-start' }} onClick={() => review.onChange(itemKey, null)}>
        {t('selfInspections.review.removeItemComment')}
      </Button>
    </Flex>
  );
}

function ItemBlock({ itemKey, title, extra, comments, review, testId, children }: { itemKey: string; title: ReactNode; extra?: ReactNode; comments?: ItemComments | null; review?: ItemReview | null; testId: string; children?: ReactNode }) {
  return (
    <Card size="small" data-testid={testId} data-key={itemKey}>
      <Flex gap={8} align="center" wrap style={{ marginBottom: 4 }}>
        <Typography.Text strong style={{ overflowWrap: 'anywhere' }}>
          {title}
        </Typography.Text>
        {extra}
      </Flex>
      {children}
      <div style={{ marginTop: comments?.byKey[itemKey] ? 8 : 0 }}>
        <ItemNotes itemKey={itemKey} comments={comments} />
      </div>
      {review && <ItemReviewField itemKey={itemKey} review={review} />}
    </Card>
  );
}

function Empty({ text }: { text: string }) {
  return <Typography.Text type="secondary">{text}</Typography.Text>;
}

/** A report's content to read: what a submitted version says, what the office reviews, what a liaison sees once submitted. */
export function ReportContentView({ content, states, comments, review, filedCases, testId = 'report-content' }: ContentViewProps) {
  const { t } = useTranslation();
  const categoryName = useCategoryName();
  const today = todayIso();
  return (
    <Flex vertical gap={12} data-testid={testId}>
      <SectionTitle>{t('selfInspections.report.rectifications')}</SectionTitle>
      {content.rectifications.length === 0 && <Empty text={t('selfInspections.report.noRectifications')} />}
      {content.rectifications.map((item, index) => {
        const state = states?.[item.key] ?? rectificationState(item, today);
        const filed = filedCases && Object.hasOwn(filedCases, item.key) ? filedCases[item.key] : undefined;
        return (
          <ItemBlock
            key={item.key}
            itemKey={item.key}
            testId="rectification"
            title={`${index + 1}. ${categoryName(item.category)}`}
            extra={
              <>
                {state && <StateTag state={state} />}
                {filed && (
                  <Link to={`/cases/${filed.caseId}`} style={{ fontSize: 12 }} data-testid="rectification-case">
                    {t('selfInspections.report.filedCase', { code: filed.code })}
                  </Link>
                )}
              </>
            }
            comments={comments}
            review={review}
          >
            <Line label={t('selfInspections.report.description')}>{item.description}</Line>
            <Line label={t('selfInspections.report.measure')}>{item.measure}</Line>
            <Line label={t('selfInspections.report.responsible')}>{item.responsible}</Line>
            <Line label={t('selfInspections.report.deadline')}>{formatDate(item.deadline)}</Line>
            {item.evidence && <Line label={t('selfInspections.report.evidence')}>{item.evidence}</Line>}
          </ItemBlock>
        );
      })}

      <SectionTitle>{t('selfInspections.report.institutions')}</SectionTitle>
      {content.institutions.length === 0 && <Empty text={t('selfInspections.report.noInstitutions')} />}
      {content.institutions.map((item) => (
        <ItemBlock key={item.key} itemKey={item.key} testId="institution" title={item.name} comments={comments} review={review}>
          {(item.documentNo || item.issuedOn) && (
            <Typography.Text type="secondary">{[item.documentNo, item.issuedOn ? formatDate(item.issuedOn) : null].filter(Boolean).join(' · ')}</Typography.Text>
          )}
        </ItemBlock>
      ))}

      <SectionTitle>{t('selfInspections.report.trainings')}</SectionTitle>
      {content.trainings.length === 0 && <Empty text={t('selfInspections.report.noTrainings')} />}
      {content.trainings.map((item) => (
        <ItemBlock key={item.key} itemKey={item.key} testId="training" title={item.topic} comments={comments} review={review}>
          <Typography.Text type="secondary">
            {formatDate(item.heldOn)} · {t('selfInspections.report.attendanceCount', { count: item.attendance })}
          </Typography.Text>
        </ItemBlock>
      ))}

      <SectionTitle>{t('selfInspections.report.summary')}</SectionTitle>
      <Card size="small">
        {content.summary ? (
          <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', margin: 0, overflowWrap: 'anywhere' }}>{content.summary}</Typography.Paragraph>
        ) : (
          <Empty text={t('selfInspections.report.noSummary')} />
        )}
      </Card>
    </Flex>
  );
}
