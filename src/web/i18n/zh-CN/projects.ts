export const projects = {
  title: '重点项目',
  subtitle: '重点跟踪服务的重大项目，审批与实施情况的监测将在此开展。',
  searchPlaceholder: '按项目名称或序号搜索',
  number: '序号',
  name: '项目名称',
  total: '共 {{total}} 个项目',
};
