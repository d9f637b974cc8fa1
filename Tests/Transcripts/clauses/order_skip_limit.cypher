// ORDER BY (ASC/DESC, several keys, expressions, aliases, nulls last, the order across
// types), SKIP and LIMIT.

UNWIND [3, 1, 2] AS x RETURN x ORDER BY x;
/* expect
| x |
| 1 |
| 2 |
| 3 |
(3 rows)
*/

UNWIND [3, 1, 2] AS x RETURN x ORDER BY x DESC;
/* expect
| x |
| 3 |
| 2 |
| 1 |
(3 rows)
*/

UNWIND [2, 1] AS x RETURN x ORDER BY x ASCENDING;
/* expect
| x |
| 1 |
| 2 |
(2 rows)
*/

UNWIND [1, 2] AS x RETURN x ORDER BY x DESCENDING;
/* expect
| x |
| 2 |
| 1 |
(2 rows)
*/

UNWIND [{a: 1, b: 'y'}, {a: 2, b: 'x'}, {a: 1, b: 'x'}] AS m RETURN m.a AS a, m.b AS b ORDER BY a DESC, b;
/* expect
| a | b   |
| 2 | 'x' |
| 1 | 'x' |
| 1 | 'y' |
(3 rows)
*/

UNWIND [{a: 1, b: 'y'}, {a: 2, b: 'x'}, {a: 1, b: 'x'}] AS m RETURN m.a AS a, m.b AS b ORDER BY a ASC, b DESC;
/* expect
| a | b   |
| 1 | 'y' |
| 1 | 'x' |
| 2 | 'x' |
(3 rows)
*/

// null sorts after every value: last ascending, first descending.
UNWIND [2, null, 1] AS x RETURN x ORDER BY x;
/* expect
| x    |
| 1    |
| 2    |
| null |
(3 rows)
*/

UNWIND [2, null, 1] AS x RETURN x ORDER BY x DESC;
/* expect
| x    |
| null |
| 2    |
| 1    |
(3 rows)
*/

// The openCypher order across types: map, list, string, boolean, number, null.
UNWIND [1, 'a', true, [1], {a: 1}, null, 2.5] AS x RETURN x ORDER BY x;
/* expect
| x      |
| {a: 1} |
| [1]    |
| 'a'    |
| true   |
| 1      |
| 2.5    |
| null   |
(7 rows)
*/

UNWIND [true, false] AS b RETURN b ORDER BY b;
/* expect
| b     |
| false |
| true  |
(2 rows)
*/

UNWIND [[1, 2], [1], [0, 5], []] AS l RETURN l ORDER BY l;
/* expect
| l      |
| []     |
| [0, 5] |
| [1]    |
| [1, 2] |
(4 rows)
*/

UNWIND ['bb', 'a', 'ccc'] AS s RETURN s ORDER BY size(s) DESC;
/* expect
| s     |
| 'ccc' |
| 'bb'  |
| 'a'   |
(3 rows)
*/

UNWIND [1, 2, 3] AS x RETURN x * -1 AS y ORDER BY y;
/* expect
| y  |
| -3 |
| -2 |
| -1 |
(3 rows)
*/

UNWIND ['b', 'B', 'a', 'A'] AS s RETURN s ORDER BY s;
/* expect
| s   |
| 'A' |
| 'B' |
| 'a' |
| 'b' |
(4 rows)
*/

UNWIND [2, 1.5, 1, 3.0] AS x RETURN x ORDER BY x;
/* expect
| x   |
| 1   |
| 1.5 |
| 2   |
| 3.0 |
(4 rows)
*/

UNWIND ['x', 'y', 'x'] AS k RETURN k, count(*) AS c ORDER BY c DESC, k;
/* expect
| k   | c |
| 'x' | 2 |
| 'y' | 1 |
(2 rows)
*/

UNWIND [2, 1, 2] AS x RETURN DISTINCT x ORDER BY x DESC;
/* expect
| x |
| 2 |
| 1 |
(2 rows)
*/

UNWIND range(1, 5) AS x RETURN x ORDER BY x SKIP 3;
/* expect
| x |
| 4 |
| 5 |
(2 rows)
*/

UNWIND range(1, 5) AS x RETURN x ORDER BY x LIMIT 2;
/* expect
| x |
| 1 |
| 2 |
(2 rows)
*/

UNWIND range(1, 5) AS x RETURN x ORDER BY x SKIP 1 LIMIT 2;
/* expect
| x |
| 2 |
| 3 |
(2 rows)
*/

UNWIND range(1, 5) AS x RETURN x LIMIT 0;
/* expect
| x |
(0 rows)
*/

UNWIND range(1, 5) AS x RETURN x SKIP 10;
/* expect
| x |
(0 rows)
*/

UNWIND range(1, 5) AS x RETURN x ORDER BY x DESC LIMIT 1 + 1;
/* expect
| x |
| 5 |
| 4 |
(2 rows)
*/

UNWIND range(1, 5) AS x RETURN x LIMIT 3;
/* expect
| x |
| 1 |
| 2 |
| 3 |
(3 rows)
*/

UNWIND [3, 1, 2] AS x WITH x ORDER BY x RETURN x;
/* expect
| x |
| 1 |
| 2 |
| 3 |
(3 rows)
*/
