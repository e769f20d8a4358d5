import { PlusOutlined } from '@ant-design/icons';
import { Button, Card } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Page } from '../../shell/Page';
import { QueryError } from '../../shell/QueryError';
import { CreateUserModal } from './CreateUserModal';
import { useUsers } from './queries';
import { UserTable } from './UserTable';

export function UsersPage() {
  const { t } = useTranslation();
  const users = useUsers();
  const [creating, setCreating] = useState(false);
  const createButton = (
    <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
      {t('users.create')}
    </Button>
  );
  return (
    <Page title={t('users.title')} extra={createButton}>
      <Card>
        {users.isError ? (
          <QueryError error={users.error} onRetry={() => void users.refetch()} />
        ) : (
          <UserTable users={users.data ?? []} loading={users.isPending} />
        )}
      </Card>
      <CreateUserModal open={creating} onClose={() => setCreating(false)} />
    </Page>
  );
}
