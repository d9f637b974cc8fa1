// UNWIND: lists, empty lists and null (no rows), nested unwinding, lists from WITH.

UNWIND [1, 2, 3] AS x RETURN x;
/* expect
| x |
| 1 |
| 2 |
| 3 |
(3 rows)
*/

UNWIND [] AS x RETURN x;
/* expect
| x |
(0 rows)
*/

UNWIND null AS x RETURN x;
/* expect
| x |
(0 rows)
*/

UNWIND [[1, 2], [3]] AS xs UNWIND xs AS x RETURN x;
/* expect
| x |
| 1 |
| 2 |
| 3 |
(3 rows)
*/

UNWIND range(1, 3) AS i UNWIND range(1, i) AS j RETURN i, j;
/* expect
| i | j |
| 1 | 1 |
| 2 | 1 |
| 2 | 2 |
| 3 | 1 |
| 3 | 2 |
| 3 | 3 |
(6 rows)
*/

UNWIND [1, null, 'a'] AS x RETURN x;
/* expect
| x    |
| 1    |
| null |
| 'a'  |
(3 rows)
*/

WITH [1, 2] AS xs UNWIND xs AS x RETURN xs, x;
/* expect
| xs     | x |
| [1, 2] | 1 |
| [1, 2] | 2 |
(2 rows)
*/

UNWIND [3, 1] AS x WITH x ORDER BY x RETURN collect(x) AS xs;
/* expect
| xs     |
| [1, 3] |
(1 row)
*/

UNWIND [[]] AS x RETURN x, size(x) AS n;
/* expect
| x  | n |
| [] | 0 |
(1 row)
*/

UNWIND [1, 2] AS x UNWIND [] AS y RETURN x, y;
/* expect
| x | y |
(0 rows)
*/

UNWIND ['a', 'b'] AS x UNWIND [1, 2] AS y RETURN x + toString(y) AS s;
/* expect
| s    |
| 'a1' |
| 'a2' |
| 'b1' |
| 'b2' |
(4 rows)
*/
