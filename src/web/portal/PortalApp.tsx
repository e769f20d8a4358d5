import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { useState } from 'react';
import { Navigate, Route, Routes } from 'react-router';
import { EvaluatePage } from './evaluate/EvaluatePage';
import { FilePage } from './file/FilePage';
import { HomePage } from './HomePage';
import { PortalLayout } from './PortalLayout';
import { RankingPage } from './rankings/RankingPage';
import { RankingsPage } from './rankings/RankingsPage';
import { TrackPage } from './track/TrackPage';

function createClient(): QueryClient {
  return new QueryClient({ defaultOptions: { queries: { staleTime: 5 * 60_000, refetchOnWindowFocus: false, retry: 1 } } });
}

/** The public portal: its own page and bundle, sharing no screen code with the staff console. */
export function PortalApp() {
  const [client] = useState(createClient);
  return (
    <QueryClientProvider client={client}>
      <Routes>
        <Route path="/portal" element={<PortalLayout />}>
          <Route index element={<HomePage />} />
          <Route path="file" element={<FilePage />} />
          <Route path="track" element={<TrackPage />} />
          <Route path="rankings" element={<RankingsPage />} />
          <Route path="rankings/:period" element={<RankingPage />} />
          {/* The evaluator's token follows in the fragment (#…), which never reaches the server. */}
          <Route path="evaluate/:roundId" element={<EvaluatePage />} />
        </Route>
        <Route path="*" element={<Navigate to="/portal" replace />} />
      </Routes>
    </QueryClientProvider>
  );
}
