import { account } from './account';
import { audit } from './audit';
import { auth } from './auth';
import { common } from './common';
import { plan } from './plan';
import { projects } from './projects';
import { units } from './units';
import { users } from './users';

export const translation = { ...common, auth, account, plan, units, projects, audit, users };
