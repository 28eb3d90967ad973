import { describe, expect, it } from "vitest";
import { checkPasswordPolicy } from "./password-policy";

describe("checkPasswordPolicy", () => {
  const cases: { name: string; password: string; email: string | null; expected: string | null }[] = [
    { name: "long enough", password: "correct horse battery", email: "a@b.dev", expected: null },
    { name: "exactly 12", password: "abcdefghijkl", email: null, expected: null },
    {
      name: "too short",
      password: "abcdefghijk",
      email: null,
      expected: "Password must be at least 12 characters",
    },
    {
      name: "too long",
      password: "a".repeat(129),
      email: null,
      expected: "Password must be at most 128 characters",
    },
    { name: "exactly 128", password: "a".repeat(128), email: null, expected: null },
    {
      name: "equal to the email",
      password: "admin@demo.trustwatch.dev",
      email: "admin@demo.trustwatch.dev",
      expected: "Password must not be your email address",
    },
    {
      name: "equal to the email, other case",
      password: "Admin@Demo.Trustwatch.dev",
      email: "admin@demo.trustwatch.dev",
      expected: "Password must not be your email address",
    },
  ];
  it.each(cases)("$name", ({ password, email, expected }) => {
    expect(checkPasswordPolicy(password, email)).toBe(expected);
  });
});
