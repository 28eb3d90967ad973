import { describe, expect, it } from "vitest";
import { globContains } from "../util/glob";
import { isSubjectSetSubset } from "./subject-set";
import type { SubjectSet } from "./types";

const exact = (...values: string[]): SubjectSet => ({ kind: "exact", values });
const pats = (...patterns: string[]): SubjectSet => ({ kind: "patterns", patterns });

describe("isSubjectSetSubset", () => {
  const cases: { name: string; a: SubjectSet; b: SubjectSet; expected: boolean }[] = [
    { name: "none ⊆ anything", a: { kind: "none" }, b: exact(), expected: true },
    { name: "anything ⊆ any", a: pats("*"), b: { kind: "any" }, expected: true },
    { name: "any ⊄ patterns", a: { kind: "any" }, b: pats("system:*"), expected: false },
    { name: "exact ⊆ exact", a: exact("x"), b: exact("x", "y"), expected: true },
    { name: "exact ⊄ exact", a: exact("z"), b: exact("x"), expected: false },
    {
      name: "exact ⊆ glob",
      a: exact("system:serviceaccount:a:b"),
      b: pats("system:serviceaccount:a:*"),
      expected: true,
    },
    {
      name: "glob ⊆ wider glob",
      a: pats("system:serviceaccount:a:*"),
      b: pats("system:serviceaccount:*"),
      expected: true,
    },
    {
      name: "glob ⊄ exact",
      a: pats("system:serviceaccount:a:*"),
      b: exact("system:serviceaccount:a:b"),
      expected: false,
    },
    {
      name: "glob ⊄ narrower glob",
      a: pats("system:*"),
      b: pats("system:serviceaccount:*"),
      expected: false,
    },
    {
      name: "approximate b is never trusted",
      a: exact("x"),
      b: { kind: "patterns", patterns: ["*"], approximate: true },
      expected: false,
    },
    {
      name: "any minus except",
      a: { kind: "any", except: { values: ["x"], patterns: [] } },
      b: { kind: "any", except: { values: ["x"], patterns: [] } },
      expected: true,
    },
    {
      name: "ignore-case a vs case-sensitive b",
      a: { kind: "exact", values: ["x"], ignoreCase: true },
      b: exact("x"),
      expected: false,
    },
  ];
  it.each(cases)("$name", ({ a, b, expected }) => expect(isSubjectSetSubset(a, b)).toBe(expected));
});

describe("globContains", () => {
  it.each([
    ["*", "a*b", true],
    ["a*", "ab*", true],
    ["a?c", "abc", true],
    ["a?c", "a*c", false],
    ["a*c", "a?c", true],
    ["abc", "a*", false],
  ])("%s ⊇ %s = %s", (outer, inner, expected) => expect(globContains(outer, inner)).toBe(expected));
});
