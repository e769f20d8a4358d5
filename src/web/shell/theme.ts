import type { ThemeConfig } from 'antd';

// Chinese faces first so mixed text never falls back to a serif font on Linux desktops.
const FONT_FAMILY = [
  '-apple-system',
  'BlinkMacSystemFont',
  '"Segoe UI"',
  '"PingFang SC"',
  '"Hiragino Sans GB"',
  '"Microsoft YaHei"',
  '"WenQuanYi Micro Hei"',
  '"Noto Sans CJK SC"',
  '"Helvetica Neue"',
  'Arial',
  'sans-serif',
].join(', ');

export const SIDER_BG = '#0e2a47';

export const theme: ThemeConfig = {
  token: {
    colorPrimary: '#1b5fad',
    colorLink: '#1b5fad',
    borderRadius: 4,
    fontFamily: FONT_FAMILY,
  },
  components: {
    Layout: { siderBg: SIDER_BG, headerBg: '#ffffff', bodyBg: '#f0f2f5', headerPadding: '0 24px' },
    Menu: {
      darkItemBg: SIDER_BG,
      darkSubMenuItemBg: '#0a2038',
      darkItemSelectedBg: '#1b5fad',
      darkGroupTitleColor: 'rgba(255,255,255,0.45)',
    },
  },
};
