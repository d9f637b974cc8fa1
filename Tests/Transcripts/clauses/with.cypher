// WITH: projection, renaming, DISTINCT, WHERE after WITH, ORDER BY/SKIP/LIMIT inside WITH,
// aggregation with grouping, WITH *, and scope (variables not carried are gone).

UNWIND [3, 1, 2, 1] AS x WITH DISTINCT x RETURN x ORDER BY x;
/* expect
| x |
| 1 |
| 2 |
| 3 |
(3 rows)
*/

UNWIND [1, 2, 3, 4] AS x WITH x WHERE x % 2 = 0 RETURN x;
/* expect
| x |
| 2 |
| 4 |
(2 rows)
*/

UNWIND [5, 3, 8, 1] AS x WITH x ORDER BY x DESC LIMIT 2 RETURN x;
/* expect
| x |
| 8 |
| 5 |
(2 rows)
*/

UNWIND [5, 3, 8, 1] AS x WITH x ORDER BY x SKIP 1 LIMIT 2 RETURN collect(x) AS xs;
/* expect
| xs     |
| [3, 5] |
(1 row)
*/

WITH 1 AS a, 'b' AS b RETURN a, b;
/* expect
| a | b   |
| 1 | 'b' |
(1 row)
*/

UNWIND [1, 2, 3] AS x WITH x, x * 10 AS y WHERE y > 10 RETURN x, y;
/* expect
| x | y  |
| 2 | 20 |
| 3 | 30 |
(2 rows)
*/

UNWIND ['a', 'b', 'a'] AS k WITH k, count(*) AS c RETURN k, c ORDER BY k;
/* expect
| k   | c |
| 'a' | 2 |
| 'b' | 1 |
(2 rows)
*/

UNWIND [1, 1, 2, 3, 3, 3] AS x WITH x, count(*) AS n WHERE n > 1 RETURN x, n ORDER BY x;
/* expect
| x | n |
| 1 | 2 |
| 3 | 3 |
(2 rows)
*/

WITH 1 AS a UNWIND [2, 3] AS b WITH * RETURN a, b;
/* expect
| a | b |
| 1 | 2 |
| 1 | 3 |
(2 rows)
*/

UNWIND [1, 2] AS x WITH x AS y RETURN y;
/* expect
| y |
| 1 |
| 2 |
(2 rows)
*/

UNWIND [{a: 2}, {a: 1}, {a: 2}] AS m WITH DISTINCT m RETURN m ORDER BY m.a;
/* expect
| m      |
| {a: 1} |
| {a: 2} |
(2 rows)
*/

WITH [1, 2, 3] AS xs WITH xs, size(xs) AS n RETURN xs, n;
/* expect
| xs        | n |
| [1, 2, 3] | 3 |
(1 row)
*/

UNWIND [1, 2, 3] AS x WITH sum(x) AS total WITH total, total * 2 AS double RETURN total, double;
/* expect
| total | double |
| 6     | 12     |
(1 row)
*/

UNWIND [4, 5] AS x WITH x WHERE x > 10 RETURN count(*) AS c;
/* expect
| c |
| 0 |
(1 row)
*/

WITH 1 AS a, 2 AS b WITH a RETURN b;
/* expect
error: SyntaxError at 112:35: ...
*/
