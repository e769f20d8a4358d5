import { Col, Row } from 'antd';
import { useTranslation } from 'react-i18next';
import { Page } from '../../shell/Page';
import { useMe } from '../auth/queries';
import { ChangePasswordCard } from './ChangePasswordCard';
import { ProfileCard } from './ProfileCard';
import { TotpStatusCard } from './TotpStatusCard';

export function AccountPage() {
  const { t } = useTranslation();
  const { data: me } = useMe();
  if (!me) return null;
  return (
    <Page title={t('account.title')}>
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={12}>
          <Row gutter={[16, 16]}>
            <Col span={24}>
              <ProfileCard me={me} />
            </Col>
            <Col span={24}>
              <TotpStatusCard enabled={me.totpEnabled} />
            </Col>
          </Row>
        </Col>
        <Col xs={24} xl={12}>
          <ChangePasswordCard />
        </Col>
      </Row>
    </Page>
  );
}
