import { Navigate, Route, Routes } from 'react-router';
import { useMe } from './features/auth/queries';
import { OFFICE_ROLES } from './features/cases/access';
import { lazyPage } from './shell/lazyPage';
import type { NavKey } from './shell/navigation';
import { NotFound } from './shell/NotFound';
import { RequireSession } from './shell/RequireSession';
import { RoleGate } from './shell/RoleGate';
import { StandaloneSuspense } from './shell/StandaloneSuspense';

const AppLayout = lazyPage(() => import('./shell/AppLayout'), 'AppLayout');
const LoginPage = lazyPage(() => import('./features/auth/LoginPage'), 'LoginPage');
const SetupPage = lazyPage(() => import('./features/auth/SetupPage'), 'SetupPage');
const PasswordLinkPage = lazyPage(() => import('./features/auth/PasswordLinkPage'), 'PasswordLinkPage');
const TotpEnrolPage = lazyPage(() => import('./features/auth/TotpEnrolPage'), 'TotpEnrolPage');
const PlanPage = lazyPage(() => import('./features/plan/PlanPage'), 'PlanPage');
const WorkPage = lazyPage(() => import('./features/work/WorkPage'), 'WorkPage');
const UnitsPage = lazyPage(() => import('./features/units/UnitsPage'), 'UnitsPage');
const ProjectsPage = lazyPage(() => import('./features/projects/ProjectsPage'), 'ProjectsPage');
const AuditPage = lazyPage(() => import('./features/audit/AuditPage'), 'AuditPage');
const UsersPage = lazyPage(() => import('./features/users/UsersPage'), 'UsersPage');
const AccountPage = lazyPage(() => import('./features/account/AccountPage'), 'AccountPage');
const CaseListPage = lazyPage(() => import('./features/cases/list/CaseListPage'), 'CaseListPage');
const IntakePage = lazyPage(() => import('./features/cases/intake/IntakePage'), 'IntakePage');
const CaseDetailPage = lazyPage(() => import('./features/cases/detail/CaseDetailPage'), 'CaseDetailPage');
const DeadlineSettingsPage = lazyPage(() => import('./features/settings/DeadlineSettingsPage'), 'DeadlineSettingsPage');
const CampaignsPage = lazyPage(() => import('./features/campaigns/CampaignsPage'), 'CampaignsPage');
const EvaluationsPage = lazyPage(() => import('./features/evaluations/rounds/EvaluationsPage'), 'EvaluationsPage');
const RoundPage = lazyPage(() => import('./features/evaluations/round/RoundPage'), 'RoundPage');
const QrSheetPage = lazyPage(() => import('./features/evaluations/qr/QrSheetPage'), 'QrSheetPage');
const EvaluatorsPage = lazyPage(() => import('./features/evaluations/evaluators/EvaluatorsPage'), 'EvaluatorsPage');
const ResultsPage = lazyPage(() => import('./features/evaluations/results/ResultsPage'), 'ResultsPage');
const MyUnitPage = lazyPage(() => import('./features/evaluations/myUnit/MyUnitPage'), 'MyUnitPage');
const InspectionsPage = lazyPage(() => import('./features/inspections/rounds/InspectionsPage'), 'InspectionsPage');
const InspectionRoundPage = lazyPage(() => import('./features/inspections/round/RoundPage'), 'RoundPage');
const SelfInspectionsPage = lazyPage(() => import('./features/self-inspections/RequestsPage'), 'RequestsPage');
const SelfInspectionRequestPage = lazyPage(() => import('./features/self-inspections/RequestPage'), 'RequestPage');
const SelfInspectionReportPage = lazyPage(() => import('./features/self-inspections/ReportPage'), 'ReportPage');
const NotAvailablePage = lazyPage(() => import('./features/placeholder/NotAvailablePage'), 'NotAvailablePage');

const NOT_BUILT: readonly { path: string; area: NavKey }[] = [
  { path: 'dashboard', area: 'dashboard' },
  { path: 'publications', area: 'publications' },
  { path: 'assessment', area: 'assessment' },
];

function Home() {
  const { data: me } = useMe();
  if (me?.role === 'auditor') return <Navigate to="/audit" replace />;
  return <PlanPage />;
}

export function AppRoutes() {
  return (
    <Routes>
      <Route element={<StandaloneSuspense />}>
        <Route path="/login" element={<LoginPage />} />
        <Route path="/setup" element={<SetupPage />} />
        <Route path="/password-link" element={<PasswordLinkPage />} />
      </Route>
      <Route element={<RequireSession />}>
        <Route element={<StandaloneSuspense />}>
          <Route path="/account/totp" element={<TotpEnrolPage />} />
          {/* A sheet to print, so without the console's menu and header. */}
          <Route path="/evaluations/rounds/:id/qr" element={<RoleGate area="evaluations" roles={OFFICE_ROLES}><QrSheetPage /></RoleGate>} />
          <Route element={<AppLayout />}>
            <Route index element={<Home />} />
            <Route path="work" element={<RoleGate area="work"><WorkPage /></RoleGate>} />
            <Route path="units" element={<RoleGate area="units"><UnitsPage /></RoleGate>} />
            <Route path="projects" element={<RoleGate area="projects"><ProjectsPage /></RoleGate>} />
            <Route path="audit" element={<RoleGate area="audit"><AuditPage /></RoleGate>} />
            <Route path="users" element={<RoleGate area="users"><UsersPage /></RoleGate>} />
            <Route path="cases" element={<RoleGate area="cases"><CaseListPage /></RoleGate>} />
            <Route path="cases/new" element={<RoleGate area="cases" roles={OFFICE_ROLES}><IntakePage /></RoleGate>} />
            <Route path="cases/:id" element={<RoleGate area="cases"><CaseDetailPage /></RoleGate>} />
            <Route path="evaluations" element={<RoleGate area="evaluations"><EvaluationsPage /></RoleGate>} />
            <Route path="evaluations/rounds/:id" element={<RoleGate area="evaluations"><RoundPage /></RoleGate>} />
            <Route path="evaluations/evaluators" element={<RoleGate area="evaluations" roles={OFFICE_ROLES}><EvaluatorsPage /></RoleGate>} />
            <Route path="evaluations/results" element={<RoleGate area="evaluations"><ResultsPage /></RoleGate>} />
            <Route path="evaluations/my-unit" element={<RoleGate area="myEvaluation"><MyUnitPage /></RoleGate>} />
            <Route path="inspections" element={<RoleGate area="inspections"><InspectionsPage /></RoleGate>} />
            <Route path="inspections/:id" element={<RoleGate area="inspections"><InspectionRoundPage /></RoleGate>} />
            <Route path="self-inspections" element={<RoleGate area="selfInspections"><SelfInspectionsPage /></RoleGate>} />
            <Route path="self-inspections/requests/:id" element={<RoleGate area="selfInspections"><SelfInspectionRequestPage /></RoleGate>} />
            <Route path="self-inspections/reports/:id" element={<RoleGate area="selfInspections"><SelfInspectionReportPage /></RoleGate>} />
            <Route path="settings/deadlines" element={<RoleGate area="deadlineSettings"><DeadlineSettingsPage /></RoleGate>} />
            <Route path="settings/campaigns" element={<RoleGate area="campaigns"><CampaignsPage /></RoleGate>} />
            <Route path="account" element={<AccountPage />} />
            {NOT_BUILT.map(({ path, area }) => (
              <Route key={path} path={path} element={<RoleGate area={area}><NotAvailablePage area={area} /></RoleGate>} />
            ))}
            <Route path="*" element={<NotFound />} />
          </Route>
        </Route>
      </Route>
    </Routes>
  );
}
