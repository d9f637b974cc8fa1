// Groups leave AggNext as typed integers (integer keys, counts), and a top-k sorter compares
// them with its worst kept row as integers. Ties fall back to arrival order, nulls and floats
// to the general comparison; every answer here is checked by hand.
UNWIND range(1, 5000) AS i WITH i % 97 AS k RETURN k, count(*) AS c ORDER BY c DESC, k LIMIT 5;
/* expect
| k | c  |
| 1 | 52 |
| 2 | 52 |
| 3 | 52 |
| 4 | 52 |
| 5 | 52 |
(5 rows)
*/
UNWIND range(1, 5000) AS i WITH i % 97 AS k RETURN k, count(*) AS c ORDER BY c DESC, k DESC LIMIT 5;
/* expect
| k  | c  |
| 53 | 52 |
| 52 | 52 |
| 51 | 52 |
| 50 | 52 |
| 49 | 52 |
(5 rows)
*/
UNWIND range(1, 5000) AS i WITH i % 97 AS k RETURN k, count(*) AS c ORDER BY c, k LIMIT 3;
/* expect
| k  | c  |
| 0  | 51 |
| 54 | 51 |
| 55 | 51 |
(3 rows)
*/
UNWIND range(1, 5000) AS i WITH i % 97 * 1.0 AS k RETURN k, count(*) AS c ORDER BY c DESC, k LIMIT 3;
/* expect
| k   | c  |
| 1.0 | 52 |
| 2.0 | 52 |
| 3.0 | 52 |
(3 rows)
*/
UNWIND range(1, 5000) AS i WITH CASE WHEN i % 10 = 0 THEN null ELSE i % 3 END AS k RETURN k, count(*) AS c ORDER BY k DESC LIMIT 2;
/* expect
| k    | c    |
| null | 500  |
| 2    | 1500 |
(2 rows)
*/
UNWIND range(1, 5000) AS i WITH CASE WHEN i % 10 = 0 THEN null ELSE i % 3 END AS k RETURN k, count(*) AS c ORDER BY k LIMIT 4;
/* expect
| k    | c    |
| 0    | 1500 |
| 1    | 1500 |
| 2    | 1500 |
| null | 500  |
(4 rows)
*/
UNWIND range(1, 3000) AS i WITH i % 1000 AS k, count(*) AS c WHERE c > 2 RETURN count(*) AS groups, min(k) AS lo, max(k) AS hi;
/* expect
| groups | lo | hi  |
| 1000   | 0  | 999 |
(1 row)
*/
