// Authentication and authorisation of the host, one concern a file under ./auth/: the role list
// and permission logic on grants (roles.ts, shared with the portal), the principal's checks
// (permissions.ts), accounts (users.ts), sessions, API tokens, password hashing, the sign-in
// limiter, origin and CSRF checks, and the request middleware (authenticate.ts).
export {
  ROLES,
  NEEDS,
  roleSchema,
  grantSchema,
  isScope,
  roleOf,
  allows,
  allowsSome,
  allowedIds,
  atLeast,
  type Grant,
  type Permission,
  type Role,
} from './auth/roles.js';
export {
  can,
  canSome,
  grantedIds,
  requireAnyGrant,
  requirePermission,
  roleFor,
  type Principal,
} from './auth/permissions.js';
export {
  DEMO_USERS,
  MAX_GRANTS,
  MAX_PASSWORD,
  MAX_USERNAME,
  MIN_PASSWORD,
  Users,
  type UserInfo,
} from './auth/users.js';
export { TOKEN_LIMITS, tokenId, tokenIdOf, type TokenInfo } from './auth/tokens.js';
export { hashPassword, verifyPassword } from './auth/password.js';
export { RateLimiter } from './auth/rate-limiter.js';
