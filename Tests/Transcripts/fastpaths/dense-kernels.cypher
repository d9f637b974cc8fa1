// Batches where every row is live run direct-indexed kernels, and `% constant` runs as a
// multiply-high. Each answer must equal the general path's (a divisor held in a variable).
UNWIND range(-15, 15) AS x RETURN collect(x % 7) AS a, collect(x % -4) AS b;
/* expect
| a                                                                                                          | b                                                                                                         |
| [-1, 0, -6, -5, -4, -3, -2, -1, 0, -6, -5, -4, -3, -2, -1, 0, 1, 2, 3, 4, 5, 6, 0, 1, 2, 3, 4, 5, 6, 0, 1] | [-3, -2, -1, 0, -3, -2, -1, 0, -3, -2, -1, 0, -3, -2, -1, 0, 1, 2, 3, 0, 1, 2, 3, 0, 1, 2, 3, 0, 1, 2, 3] |
(1 row)
*/
WITH 7 AS d, -4 AS e UNWIND range(-15, 15) AS x RETURN collect(x % d) AS a, collect(x % e) AS b;
/* expect
| a                                                                                                          | b                                                                                                         |
| [-1, 0, -6, -5, -4, -3, -2, -1, 0, -6, -5, -4, -3, -2, -1, 0, 1, 2, 3, 4, 5, 6, 0, 1, 2, 3, 4, 5, 6, 0, 1] | [-3, -2, -1, 0, -3, -2, -1, 0, -3, -2, -1, 0, -3, -2, -1, 0, 1, 2, 3, 0, 1, 2, 3, 0, 1, 2, 3, 0, 1, 2, 3] |
(1 row)
*/
UNWIND [-9223372036854775808, 9223372036854775807, -9223372036854775807, 0] AS x RETURN x % 10 AS a, x % -3 AS b, x % 9223372036854775807 AS c;
/* expect
| a  | b  | c  |
| -8 | -2 | -1 |
| 7  | 1  | 0  |
| -7 | -1 | 0  |
| 0  | 0  | 0  |
(4 rows)
*/
WITH 10 AS d, -3 AS e, 9223372036854775807 AS f UNWIND [-9223372036854775808, 9223372036854775807, -9223372036854775807, 0] AS x RETURN x % d AS a, x % e AS b, x % f AS c;
/* expect
| a  | b  | c  |
| -8 | -2 | -1 |
| 7  | 1  | 0  |
| -7 | -1 | 0  |
| 0  | 0  | 0  |
(4 rows)
*/
UNWIND range(1, 5) AS x RETURN x % 1 AS a, x % -1 AS b;
/* expect
| a | b |
| 0 | 0 |
| 0 | 0 |
| 0 | 0 |
| 0 | 0 |
| 0 | 0 |
(5 rows)
*/
UNWIND range(1, 3) AS x RETURN x % 0 AS a;
/* expect
error: ArithmeticError at 43:32: modulo by zero
*/
// Overflow in a dense batch is still an error at the operator.
UNWIND range(9223372036854775800, 9223372036854775807) AS x RETURN x + 10 AS y;
/* expect
error: ArithmeticError at 48:68: integer overflow in +
*/
UNWIND range(9223372036854775800, 9223372036854775807) AS x RETURN x * 2 AS y;
/* expect
error: ArithmeticError at 52:68: integer overflow in *
*/
UNWIND range(9223372036854775000, 9223372036854775807) AS x RETURN sum(x) AS s;
/* expect
error: ArithmeticError at 56:61: integer overflow in sum()
*/
UNWIND range(1, 3000) AS x RETURN sum(x * 3 + x % 7) AS s, count(*) AS n;
/* expect
| s        | n    |
| 13513498 | 3000 |
(1 row)
*/
UNWIND range(1, 3000) AS x WITH x WHERE x % 2 = 0 RETURN sum(x * 3 + x % 7) AS s, count(*) AS n;
/* expect
| s       | n    |
| 6759000 | 1500 |
(1 row)
*/
