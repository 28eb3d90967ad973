export const PASSWORD_MIN_LENGTH = 12;
export const PASSWORD_MAX_LENGTH = 128;

/**
 * The password rules applied wherever a password is set (sign-up, change, reset). Returns
 * the reason a password is refused, or null when it is acceptable. Length limits are also
 * enforced by better-auth itself; the email check is ours.
 */
export function checkPasswordPolicy(password: string, email: string | null): string | null {
  if (password.length < PASSWORD_MIN_LENGTH) {
    return `Password must be at least ${PASSWORD_MIN_LENGTH} characters`;
  }
  // The upper bound keeps the key-derivation cost of one request bounded.
  if (password.length > PASSWORD_MAX_LENGTH) {
    return `Password must be at most ${PASSWORD_MAX_LENGTH} characters`;
  }
  if (email && password.trim().toLowerCase() === email.trim().toLowerCase()) {
    return "Password must not be your email address";
  }
  return null;
}
