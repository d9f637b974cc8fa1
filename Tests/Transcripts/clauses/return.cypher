// RETURN: aliases, column names taken from the expression text, DISTINCT, *, literals of
// every kind (numbers, strings with escapes, lists, maps, null).

RETURN 1 AS one, 'two' AS two;
/* expect
| one | two   |
| 1   | 'two' |
(1 row)
*/

RETURN 1 + 2;
/* expect
| 1 + 2 |
| 3     |
(1 row)
*/

RETURN   1+2 ,  'a'   ;
/* expect
| 1+2 | 'a' |
| 3   | 'a' |
(1 row)
*/

UNWIND [1, 1, 2] AS x RETURN DISTINCT x ORDER BY x;
/* expect
| x |
| 1 |
| 2 |
(2 rows)
*/

WITH 1 AS a, 2 AS b RETURN *;
/* expect
| a | b |
| 1 | 2 |
(1 row)
*/

UNWIND [[1, 'a'], [1, 'a'], [2, 'a']] AS p RETURN DISTINCT p[0] AS n, p[1] AS s ORDER BY n;
/* expect
| n | s   |
| 1 | 'a' |
| 2 | 'a' |
(2 rows)
*/

RETURN [1, [2, 3], {k: [true, null]}] AS v;
/* expect
| v                              |
| [1, [2, 3], {k: [true, null]}] |
(1 row)
*/

RETURN {b: 2, a: 1} AS m, {} AS empty, [] AS none;
/* expect
| m            | empty | none |
| {a: 1, b: 2} | {}    | []   |
(1 row)
*/

RETURN 1 AS `my col`;
/* expect
| my col |
| 1      |
(1 row)
*/

RETURN null AS n;
/* expect
| n    |
| null |
(1 row)
*/

WITH {name: 'x'} AS m RETURN m.name;
/* expect
| m.name |
| 'x'    |
(1 row)
*/

return 1 as x;
/* expect
| x |
| 1 |
(1 row)
*/

RETURN -1 AS neg, +2 AS pos, 1.5e3 AS f, .5 AS half, 0x1F AS hex, 1e-3 AS small;
/* expect
| neg | pos | f      | half | hex | small |
| -1  | 2   | 1500.0 | 0.5  | 31  | 0.001 |
(1 row)
*/

RETURN 'it\'s' AS a, "dq" AS b, 'tab\there' AS c, 'uni\u00e9' AS d, 'back\\slash' AS e;
/* expect
| a       | b    | c           | d      | e             |
| 'it\'s' | 'dq' | 'tab\there' | 'unié' | 'back\\slash' |
(1 row)
*/

RETURN true AS t, false AS f, 2.0 AS two, 10 / 4.0 AS q;
/* expect
| t    | f     | two | q   |
| true | false | 2.0 | 2.5 |
(1 row)
*/

UNWIND [1, 2] AS x RETURN x, x AS y, 'c' AS z;
/* expect
| x | y | z   |
| 1 | 1 | 'c' |
| 2 | 2 | 'c' |
(2 rows)
*/

RETURN 9223372036854775807 AS max, -9223372036854775808 AS min;
/* expect
| max                 | min                  |
| 9223372036854775807 | -9223372036854775808 |
(1 row)
*/

UNWIND ['x', 'y'] AS s RETURN DISTINCT 1 AS one;
/* expect
| one |
| 1   |
(1 row)
*/
