// Text from forms on its way to PostgreSQL, which refuses the NUL character in text and jsonb with an error.

/** A copy of a form's values with every NUL character removed from its strings (nested objects and arrays too). */
export function withoutNul<T>(value: T): T {
  if (typeof value === "string") return value.replaceAll("\u0000", "") as T;
  if (Array.isArray(value)) return value.map(withoutNul) as T;
  if (value && typeof value === "object" && Object.getPrototypeOf(value) === Object.prototype) {
    return Object.fromEntries(Object.entries(value).map(([key, entry]) => [key, withoutNul(entry)])) as T;
  }
  return value;
}
