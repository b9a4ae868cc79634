/** C's keywords (C11's, with C23's `bool`; the underscore-capital ones but `_Bool` never occur in drivers). */
export const C_KEYWORDS: ReadonlySet<string> = new Set([
  'auto', 'break', 'case', 'char', 'const', 'continue', 'default', 'do', 'double', 'else', 'enum', 'extern', 'float',
  'for', 'goto', 'if', 'inline', 'int', 'long', 'register', 'restrict', 'return', 'short', 'signed', 'sizeof',
  'static', 'struct', 'switch', 'typedef', 'union', 'unsigned', 'void', 'volatile', 'while', '_Bool', 'bool',
]);

/** The keywords an expression may hold: a cast's, a `sizeof`'s or a compound literal's type. */
const TYPE_KEYWORDS = new Set(['char', 'const', 'double', 'enum', 'float', 'int', 'long', 'restrict', 'short', 'signed', 'sizeof', 'struct', 'union', 'unsigned', 'void', 'volatile', '_Bool', 'bool']);

/** The keywords no expression holds: statements, storage classes, `typedef`, `inline`. */
export const NOT_IN_EXPRESSIONS: ReadonlySet<string> = new Set([...C_KEYWORDS].filter((keyword) => !TYPE_KEYWORDS.has(keyword)));
