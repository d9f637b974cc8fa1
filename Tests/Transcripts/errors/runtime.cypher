// Errors while a statement runs: type errors (operators and functions given the wrong
// kinds of values), arithmetic errors (division by zero, integer overflow), bad arguments.
// Where a literal operand makes the error certain before the run, it may be reported at
// compile time instead (see errors/semantic.cypher); mixed lists keep these at run time.

RETURN 1 - 'a';
/* expect
error: TypeError at 6:8: ...
*/

RETURN 'a' * 2;
/* expect
error: TypeError at 11:8: ...
*/

RETURN {a: 1} + 1;
/* expect
error: TypeError at 16:8: ...
*/

RETURN 2 ^ 'x';
/* expect
error: TypeError at 21:8: ...
*/

UNWIND [true, 1] AS x RETURN NOT x;
/* expect
error: TypeError at 26:30: ...
*/

UNWIND [true, 1] AS x RETURN x AND true;
/* expect
error: TypeError at 31:30: ...
*/

UNWIND [['x'], 'xyz'] AS l RETURN 'x' IN l;
/* expect
error: TypeError at 36:35: ...
*/

RETURN [1, 2, 3][1.5];
/* expect
error: TypeError at 41:8: ...
*/

WITH 1 AS x RETURN x.prop;
/* expect
error: TypeError at 46:20: ...
*/

RETURN toUpper(1);
/* expect
error: TypeError at 51:8: ...
*/

RETURN size(1);
/* expect
error: TypeError at 56:8: ...
*/

RETURN abs('x');
/* expect
error: TypeError at 61:8: ...
*/

RETURN sqrt('4');
/* expect
error: TypeError at 66:8: ...
*/

UNWIND [null, 1] AS n RETURN labels(n);
/* expect
error: TypeError at 71:30: ...
*/

RETURN 1 / 0;
/* expect
error: ArithmeticError at 76:8: ...
*/

RETURN 1 % 0;
/* expect
error: ArithmeticError at 81:8: ...
*/

RETURN 9223372036854775807 + 1;
/* expect
error: ArithmeticError at 86:8: ...
*/

RETURN -9223372036854775807 - 2;
/* expect
error: ArithmeticError at 91:8: ...
*/

RETURN 9223372036854775807 * 2;
/* expect
error: ArithmeticError at 96:8: ...
*/

RETURN -(-9223372036854775807 - 1);
/* expect
error: ArithmeticError at 101:8: ...
*/

// The second row fails, so the whole statement fails.
UNWIND [1, 0] AS x RETURN 10 / x;
/* expect
error: ArithmeticError at 107:27: ...
*/

UNWIND [1, 2, 3] AS x RETURN sum(x * 4611686018427387904) AS s;
/* expect
error: ArithmeticError at 112:34: ...
*/

RETURN range(1, 5, 0);
/* expect
error: ArgumentError at 117:8: ...
*/

// A failed statement leaves no trace: the next one runs normally.
RETURN 7 / 7 AS one;
/* expect
| one |
| 1   |
(1 row)
*/

// Transcripts set no parameters, so any parameter is missing.
RETURN $missing;
/* expect
error: ParameterMissing at 131:8: ...
*/

UNWIND [1, 2] AS x RETURN x LIMIT $n;
/* expect
error: ParameterMissing at 136:35: ...
*/
