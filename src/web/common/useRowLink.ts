import { useNavigate } from 'react-router';

/** Table row props that open the row's own page on a click anywhere in the row. */
export function useRowLink<T>(to: (row: T) => string): (row: T) => { onClick: () => void; style: { cursor: 'pointer' } } {
  const navigate = useNavigate();
  return (row) => ({ onClick: () => void navigate(to(row)), style: { cursor: 'pointer' } });
}
