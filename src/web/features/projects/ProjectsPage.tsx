import { Card, Flex, Input, Table } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Page } from '../../shell/Page';
import { QueryError } from '../../shell/QueryError';
import { useProjects, type Project } from './queries';

function matches(project: Project, needle: string): boolean {
  return needle === '' || project.name.toLowerCase().includes(needle) || String(project.number) === needle;
}

export function ProjectsPage() {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const projects = useProjects();
  const needle = search.trim().toLowerCase();
  const shown = useMemo(() => (projects.data ?? []).filter((project) => matches(project, needle)), [projects.data, needle]);
  if (projects.isError) return <QueryError error={projects.error} onRetry={() => void projects.refetch()} />;
  return (
    <Page title={t('projects.title')} subtitle={t('projects.subtitle')}>
      <Card>
        <Flex vertical gap={16}>
          <Input.Search
            allowClear
            placeholder={t('projects.searchPlaceholder')}
            aria-label={t('projects.searchPlaceholder')}
            value={search}
            onChange={(event) => setSearch(event.target.value)}
            style={{ width: '100%', maxWidth: 320 }}
          />
          <Table<Project>
            rowKey="id"
            loading={projects.isPending}
            dataSource={shown}
            pagination={{ defaultPageSize: 20, showSizeChanger: true, showTotal: (total) => t('projects.total', { total }) }}
            columns={[
              { key: 'number', title: t('projects.number'), dataIndex: 'number', width: 96, align: 'right', sorter: (a, b) => a.number - b.number, defaultSortOrder: 'ascend' },
              { key: 'name', title: t('projects.name'), dataIndex: 'name' },
            ]}
          />
        </Flex>
      </Card>
    </Page>
  );
}
