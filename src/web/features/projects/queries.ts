import { useQuery } from '@tanstack/react-query';
import { api } from '../../api';

export interface Project {
  id: number;
  number: number;
  name: string;
  unitId: number | null;
}

export const projectKeys = {
  all: ['projects'] as const,
  list: () => [...projectKeys.all, 'list'] as const,
};

export function useProjects() {
  return useQuery({ queryKey: projectKeys.list(), queryFn: () => api.get<Project[]>('/api/projects'), staleTime: 5 * 60_000 });
}
