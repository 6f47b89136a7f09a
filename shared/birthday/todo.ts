// The to-do list's birthday items (read with whoami, one call). Its own module with no imports, so the
// member contract can name it without importing the birthday contract (which imports member types).

/** A greeting to open; for an org's secretary, the birthdays of its members in the next 7 days. */
export type BirthdayTodo =
  | { kind: 'openGreeting'; greetingId: string; date: string; years: number }
  | { kind: 'birthdaysThisWeek'; orgId: string; orgName: string; count: number; names: string[] }
