/**
 * `items` in an array of exactly its length. An array grown by `push` keeps room for more (16
 * slots after the first push), which is waste in the arrays of parsed policies and analyses: they
 * are kept for a whole evaluation, and the garbage collector copies every byte of them.
 */
export function trimmed<T>(items: T[]): T[] {
  return items.length === 0 ? items : items.slice();
}
