import { builtinType } from '../object'

/** `int`: its values are JS numbers (safe integers) and bigints (everything else), never boxed. */
export const IntType = builtinType('int')
