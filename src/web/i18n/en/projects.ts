import type { projects as zh } from '../zh-CN/projects';

export const projects: typeof zh = {
  title: 'Major projects',
  subtitle: 'Major projects the campaign tracks; monitoring of approvals and implementation will happen here.',
  searchPlaceholder: 'Search by project name or number',
  number: 'No.',
  name: 'Project',
  total: '{{total}} projects',
};
