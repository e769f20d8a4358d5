import { account } from './account';
import { audit } from './audit';
import { auth } from './auth';
import { campaigns } from './campaigns';
import { caseDetail } from './caseDetail';
import { caseIntake } from './caseIntake';
import { cases } from './cases';
import { caseSteps } from './caseSteps';
import { common } from './common';
import { evaluations } from './evaluations';
import { inspections } from './inspections';
import { notifications } from './notifications';
import { plan } from './plan';
import { projects } from './projects';
import { settings } from './settings';
import { units } from './units';
import { users } from './users';

export const translation = { ...common, auth, account, plan, units, projects, audit, users, cases, caseIntake, caseDetail, caseSteps, notifications, settings, evaluations, inspections, campaigns };
