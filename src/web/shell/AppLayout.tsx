import { Grid, Layout, Typography } from 'antd';
import { Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Outlet, useLocation } from 'react-router';
import { useMe } from '../features/auth/queries';
import { Brand } from './Brand';
import { ErrorBoundary } from './ErrorBoundary';
import { HeaderBar } from './HeaderBar';
import { PageSpin } from './PageSpin';
import { SideMenu } from './SideMenu';

const SIDER_WIDTH = 232;

/** The console frame: side menu, header, and the current page. Rendered only with a session. */
export function AppLayout() {
  const { t } = useTranslation();
  const { data: me } = useMe();
  const { pathname } = useLocation();
  const [collapsed, setCollapsed] = useState(false);
  const narrow = Grid.useBreakpoint().md === false;
  if (!me) return null;
  return (
    <Layout style={{ minHeight: '100vh' }}>
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
          <div style={{ padding: collapsed ? '16px 26px' : '16px 20px', borderBottom: '1px solid rgba(255,255,255,0.08)' }}>
            <Brand compact={collapsed} light />
          </div>
          <SideMenu role={me.role} />
        </div>
      </Layout.Sider>
      <Layout>
        <HeaderBar me={me} collapsed={collapsed} onToggle={() => setCollapsed(!collapsed)} />
        <Layout.Content style={{ padding: narrow ? 12 : 24 }}>
          <ErrorBoundary resetKey={pathname}>
            <Suspense fallback={<PageSpin />}>
              <Outlet />
            </Suspense>
          </ErrorBoundary>
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
