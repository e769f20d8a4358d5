import { useQuery } from '@tanstack/react-query';
import type { Project } from '../../../modules/plan/contract';
import { api } from '../../common/api';

export type { Project };

export const projectKeys = {
  all: ['projects'] as const,
  list: () => [...projectKeys.all, 'list'] as const,
};

export function useProjects() {
  return useQuery({ queryKey: projectKeys.list(), queryFn: () => api.get<Project[]>('/api/projects'), staleTime: 5 * 60_000 });
}
