// The user routes' shapes come from the server's contract (the accounts module); nothing is restated here.
export type { NewUser, User, UserChange } from '../../../modules/accounts/contract';
