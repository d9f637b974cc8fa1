// Errors while a statement runs: type errors (operators and functions given the wrong
// kinds of values), arithmetic errors (division by zero, integer overflow), bad arguments.

RETURN 1 - 'a';
/* expect
error: TypeError at 4:8: ...
*/

RETURN 'a' * 2;
/* expect
error: TypeError at 9:8: ...
*/

RETURN {a: 1} + 1;
/* expect
error: TypeError at 14:8: ...
*/

RETURN 2 ^ 'x';
/* expect
error: TypeError at 19:8: ...
*/

RETURN NOT 1;
/* expect
error: TypeError at 24:8: ...
*/

RETURN 1 AND true;
/* expect
error: TypeError at 29:8: ...
*/

RETURN 'x' IN 'xyz';
/* expect
error: TypeError at 34:8: ...
*/

RETURN [1, 2, 3][1.5];
/* expect
error: TypeError at 39:8: ...
*/

WITH 1 AS x RETURN x.prop;
/* expect
error: TypeError at 44:20: ...
*/

RETURN toUpper(1);
/* expect
error: TypeError at 49:8: ...
*/

RETURN size(1);
/* expect
error: TypeError at 54:8: ...
*/

RETURN abs('x');
/* expect
error: TypeError at 59:8: ...
*/

RETURN sqrt('4');
/* expect
error: TypeError at 64:8: ...
*/

RETURN labels(1);
/* expect
error: TypeError at 69:8: ...
*/

RETURN 1 / 0;
/* expect
error: ArithmeticError at 74:8: ...
*/

RETURN 1 % 0;
/* expect
error: ArithmeticError at 79:8: ...
*/

RETURN 9223372036854775807 + 1;
/* expect
error: ArithmeticError at 84:8: ...
*/

RETURN -9223372036854775807 - 2;
/* expect
error: ArithmeticError at 89:8: ...
*/

RETURN 9223372036854775807 * 2;
/* expect
error: ArithmeticError at 94:8: ...
*/

RETURN -(-9223372036854775807 - 1);
/* expect
error: ArithmeticError at 99:8: ...
*/

// The second row fails, so the whole statement fails.
UNWIND [1, 0] AS x RETURN 10 / x;
/* expect
error: ArithmeticError at 105:27: ...
*/

UNWIND [1, 2, 3] AS x RETURN sum(x * 4611686018427387904) AS s;
/* expect
error: ArithmeticError at 110:34: ...
*/

RETURN range(1, 5, 0);
/* expect
error: ArgumentError at 115:8: ...
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
error: ParameterMissing at 129:8: ...
*/

UNWIND [1, 2] AS x RETURN x LIMIT $n;
/* expect
error: ParameterMissing at 134:35: ...
*/
