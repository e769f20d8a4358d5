import type { campaigns as zh } from '../zh-CN/campaigns';

export const campaigns: typeof zh = {
  title: 'Campaigns',
  subtitle: 'One campaign per place and year, each imported from a plan file. The portal, Open311 and the public channels serve the current one.',
  switcher: {
    label: 'Campaign to view',
    switched: 'Now viewing: {{name}}',
  },
  tags: {
    current: 'Current',
    viewing: 'Viewing',
    ended: 'Ended',
    closed: 'Closed',
  },
  columns: {
    name: 'Campaign',
    city: 'Place',
    year: 'Year',
    span: 'Dates',
    casePrefix: 'Case number prefix',
    status: 'Status',
    actions: 'Actions',
  },
  year: '{{year}}',
  span: '{{start}} to {{end}}',
  total: '{{total}} campaigns',
  empty: 'No campaign imported yet',
  actions: {
    view: 'View',
    makeCurrent: 'Make current',
    close: 'Close',
    reopen: 'Reopen',
  },
  confirm: {
    makeCurrent: 'Make {{name}} the current campaign?',
    makeCurrentHint: 'The portal, Open311 and the public channels will serve this campaign: new complaints from the public are filed in it.',
    close: 'Close {{name}}?',
    closeHint: 'Once closed it can only be read, no longer worked on; the office administrator can still correct records.',
    reopen: 'Reopen {{name}}?',
    reopenHint: 'Everyone can work in this campaign again.',
  },
  done: {
    madeCurrent: '{{name}} is now the current campaign',
    closed: '{{name}} is closed',
    reopened: '{{name}} is open again',
  },
  importHint: {
    title: 'Importing a new campaign',
    body: 'A new campaign is imported from its plan file: run <code>{{command}}</code> on the server, or have the office administrator upload it with <code>{{api}}</code>. Then make it current here.',
  },
  banner: {
    label: 'About this campaign',
    notCurrent: 'You are viewing {{name}}; the portal and the hotlines take cases for the current campaign, {{current}}.',
    notCurrentUnnamed: 'You are viewing {{name}}, which is not the campaign the portal and the hotlines take cases for.',
    endedOpen: '{{name}} ended on {{end}}; it still takes new cases.',
    endedClosed: '{{name}} ended on {{end}} and is closed: it can only be read.',
    ended: '{{name}} has ended; it still takes new cases.',
    closed: '{{name}} is closed: it can only be read.',
    adminCorrects: 'The office administrator can still correct it.',
  },
};
