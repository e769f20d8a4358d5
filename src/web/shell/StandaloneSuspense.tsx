import { Suspense } from 'react';
import { Outlet } from 'react-router';
import { ErrorBoundary } from './ErrorBoundary';
import { PageSpin } from './PageSpin';

/** Loading boundary for whole screens: sign-in, setup, enrolment and the console frame itself. */
export function StandaloneSuspense() {
  return (
    <ErrorBoundary>
      <Suspense fallback={<PageSpin fullScreen />}>
        <Outlet />
      </Suspense>
    </ErrorBoundary>
  );
}
