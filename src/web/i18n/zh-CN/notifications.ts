export const notifications = {
  title: '通知',
  bell: '通知（{{count}} 条未读）',
  markAllRead: '全部标为已读',
  empty: '暂无通知',
};
