import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../common/api';
import type { CalendarOverride, DeadlineRule, DeadlineRules, WorkdayCount } from './types';

export const settingsKeys = {
  all: ['settings'] as const,
  deadlineRules: () => [...settingsKeys.all, 'deadline-rules'] as const,
  overrides: () => [...settingsKeys.all, 'calendar-overrides'] as const,
  workdays: (from: string, n: number) => [...settingsKeys.all, 'workdays', from, n] as const,
};

export function useDeadlineRules() {
  return useQuery({ queryKey: settingsKeys.deadlineRules(), queryFn: () => api.get<DeadlineRules>('/api/deadline-rules') });
}

export function useCalendarOverrides() {
  return useQuery({ queryKey: settingsKeys.overrides(), queryFn: () => api.get<CalendarOverride[]>('/api/calendar/overrides') });
}

/** The due date n working days after a day, by the calendar as it stands (overrides included). */
export function useWorkdayCount(from: string, n: number) {
  return useQuery({
    queryKey: settingsKeys.workdays(from, n),
    queryFn: () => api.get<WorkdayCount>('/api/calendar/workdays', { from, n }),
    enabled: n >= 1,
  });
}

// Every change invalidates the whole feature: an override moves the worked-out due dates too.
function useSettingsMutation<T>(mutationFn: (input: T) => Promise<void>) {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn, onSuccess: () => queryClient.invalidateQueries({ queryKey: settingsKeys.all }) });
}

/** Sets the rule for a channel/category pair, or removes it with workdays null. */
export function useSetDeadlineRule() {
  return useSettingsMutation((rule: Omit<DeadlineRule, 'workdays'> & { workdays: number | null }) => api.put<void>('/api/deadline-rules', rule));
}

export function useSetOverride() {
  return useSettingsMutation(({ day, workday, note }: CalendarOverride) => api.put<void>(`/api/calendar/overrides/${day}`, { workday, note }));
}

export function useRemoveOverride() {
  return useSettingsMutation((day: string) => api.delete<void>(`/api/calendar/overrides/${day}`));
}
