import { ConfigProvider, Drawer, Layout, Typography, type ThemeConfig } from 'antd';
import { Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Outlet, useLocation } from 'react-router';
import { useMe } from '../features/auth/queries';
import { Brand } from './Brand';
import { CampaignBanner } from './CampaignBanner';
import { ErrorBoundary } from './ErrorBoundary';
import { HeaderBar } from './HeaderBar';
import { PageSpin } from './PageSpin';
import { SideMenu } from './SideMenu';
import { SIDER_BG } from './theme';
import { usePhone } from '../common/usePhone';

const SIDER_WIDTH = 232;
// Cards keep 16 px rather than 24 px of padding on a phone, leaving the width to their content.
const PHONE_THEME: ThemeConfig = { components: { Card: { bodyPadding: 16, headerPadding: 16 } } };

/** The console frame: side menu, header, and the current page. Rendered only with a session. */
export function AppLayout() {
  const { t } = useTranslation();
  const { data: me } = useMe();
  const { pathname } = useLocation();
  const [collapsed, setCollapsed] = useState(false);
  const [drawerOpen, setDrawerOpen] = useState(false);
  // On a phone even the folded menu column would take a fifth of the screen: the menu opens
  // over the page from the header's button instead, and closes once a page is chosen.
  const narrow = usePhone();
  if (!me) return null;
  const brand = (compact: boolean) => (
    <div style={{ padding: compact ? '16px 26px' : '16px 20px', borderBottom: '1px solid rgba(255,255,255,0.08)' }}>
      <Brand compact={compact} light />
    </div>
  );
  return (
    <Layout style={{ minHeight: '100vh' }}>
      {narrow ? (
        <Drawer
          placement="left"
          open={drawerOpen}
          onClose={() => setDrawerOpen(false)}
          closable={false}
          size={SIDER_WIDTH}
          aria-label={t('header.menu')}
          styles={{ body: { padding: 0, background: SIDER_BG } }}
        >
          {brand(false)}
          <SideMenu role={me.role} onNavigate={() => setDrawerOpen(false)} />
        </Drawer>
      ) : (
        <Layout.Sider
          width={SIDER_WIDTH}
          collapsible
          collapsed={collapsed}
          onCollapse={setCollapsed}
          breakpoint="lg"
          trigger={null}
        >
          {/* The dark column stretches with the page; only its contents stay in view while scrolling. */}
          <div style={{ position: 'sticky', top: 0, height: '100vh', overflowY: 'auto' }}>
            {brand(collapsed)}
            <SideMenu role={me.role} />
          </div>
        </Layout.Sider>
      )}
      <Layout>
        <HeaderBar
          me={me}
          collapsed={narrow ? !drawerOpen : collapsed}
          onToggle={() => (narrow ? setDrawerOpen(!drawerOpen) : setCollapsed(!collapsed))}
        />
        <CampaignBanner />
        <Layout.Content style={{ padding: narrow ? 12 : 24 }}>
          <ConfigProvider theme={narrow ? PHONE_THEME : undefined}>
            <ErrorBoundary resetKey={pathname}>
              <Suspense fallback={<PageSpin />}>
                <Outlet />
              </Suspense>
            </ErrorBoundary>
          </ConfigProvider>
        </Layout.Content>
        <Layout.Footer style={{ textAlign: 'center', padding: '12px 24px' }}>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {t('app.footer')}
          </Typography.Text>
        </Layout.Footer>
      </Layout>
    </Layout>
  );
}
