import { useState } from 'react';
import { useNavigate } from 'react-router';
import { useMarkRead } from './queries';
import type { Notification } from './types';

/**
 * The list of notices opened in place (the header's bell, the queue's tile): whether it is open,
 * and what picking a notice does — marks it read, closes the list, opens its case or round.
 */
export function useNoticePopover() {
  const navigate = useNavigate();
  const [open, setOpen] = useState(false);
  const markRead = useMarkRead();
  const pick = (notice: Notification) => {
    if (!notice.read) markRead.mutate(notice.id);
    setOpen(false);
    if (notice.caseId !== null) void navigate(`/cases/${notice.caseId}`);
    else if (notice.roundId !== null) void navigate(`/inspections/${notice.roundId}`);
    else if (typeof notice.message?.params.reportId === 'number') void navigate(`/self-inspections/reports/${notice.message.params.reportId}`);
  };
  return { open, setOpen, pick };
}
