// Integers from range() live on the VM's typed side until something needs Values; every
// mix of typed and generic instructions must give the same answers.
UNWIND range(1, 10) AS i WITH i WHERE i % 2 = 0 RETURN collect(i * 3) AS xs, sum(i) AS s;
/* expect
| xs                  | s  |
| [6, 12, 18, 24, 30] | 30 |
(1 row)
*/
UNWIND range(1, 3) AS i UNWIND range(1, i) AS j RETURN i, j, i * j AS p ORDER BY i, j;
/* expect
| i | j | p |
| 1 | 1 | 1 |
| 2 | 1 | 2 |
| 2 | 2 | 4 |
| 3 | 1 | 3 |
| 3 | 2 | 6 |
| 3 | 3 | 9 |
(6 rows)
*/
UNWIND range(9223372036854775800, 9223372036854775807) AS i RETURN i + 10 AS boom;
/* expect
error: ArithmeticError at 20:68: integer overflow in +
*/
UNWIND range(1, 5) AS i RETURN i, CASE WHEN i > 2 THEN i * 10 ELSE -i END AS c, i < 3 AS small, toString(i) AS s ORDER BY i;
/* expect
| i | c  | small | s   |
| 1 | -1 | true  | '1' |
| 2 | -2 | true  | '2' |
| 3 | 30 | false | '3' |
| 4 | 40 | false | '4' |
| 5 | 50 | false | '5' |
(5 rows)
*/
UNWIND range(1, 2000) AS i WITH i % 3 AS k, i RETURN k, count(*) AS n, sum(i) AS s, min(i) AS lo ORDER BY k;
/* expect
| k | n   | s      | lo |
| 0 | 666 | 666333 | 3  |
| 1 | 667 | 667000 | 1  |
| 2 | 667 | 667667 | 2  |
(3 rows)
*/
UNWIND range(10, 1, -3) AS i RETURN collect(i - 1) AS xs, sum(i * i) AS sq;
/* expect
| xs           | sq  |
| [9, 6, 3, 0] | 166 |
(1 row)
*/
UNWIND range(1, 3000) AS i WITH i WHERE i > 2990 RETURN sum(i % 7) AS s, collect(i)[0..3] AS first;
/* expect
| s  | first              |
| 30 | [2991, 2992, 2993] |
(1 row)
*/
// Integer properties read into the typed side (all present) or as Values (a null present).
CREATE (:Q {v: 1}), (:Q {v: 2}), (:Q), (:Q {v: 40}), (:R {v: 'x'});
/* expect
created 5 nodes, 4 properties, 2 labels
*/
MATCH (q:Q) RETURN sum(q.v * 2) AS s, count(q.v) AS n, collect(q.v + 1) AS xs;
/* expect
| s  | n | xs         |
| 86 | 3 | [2, 3, 41] |
(1 row)
*/
MATCH (q:Q) WHERE q.v IS NOT NULL RETURN q.v * 10 + q.v % 3 AS x, q.v > 1 AS big ORDER BY x;
/* expect
| x   | big   |
| 11  | false |
| 22  | true  |
| 401 | true  |
(3 rows)
*/
MATCH (q:Q) WHERE q.v IS NOT NULL WITH q.v AS v RETURN sum(v), min(v), max(v), avg(v);
/* expect
| sum(v) | min(v) | max(v) | avg(v)             |
| 43     | 1      | 40     | 14.333333333333334 |
(1 row)
*/
MATCH (n) WHERE n.v IS NOT NULL RETURN count(*) AS all_with_v, sum(CASE WHEN n:Q THEN n.v ELSE 0 END) AS qsum;
/* expect
| all_with_v | qsum |
| 4          | 43   |
(1 row)
*/
// An integer-only column (w): the typed read, and the fallback when a node lacks it.
CREATE (:W {w: 5}), (:W {w: 7}), (:W), (:W {w: -3});
/* expect
created 4 nodes, 3 properties, 1 label
*/
MATCH (x:W) WHERE x.w IS NOT NULL RETURN sum(x.w * x.w) AS sq, collect(x.w % 4) AS m;
/* expect
| sq | m          |
| 83 | [1, 3, -3] |
(1 row)
*/
MATCH (x:W) RETURN sum(x.w * 2) AS s, count(x.w) AS n;
/* expect
| s  | n |
| 18 | 3 |
(1 row)
*/
MATCH (x:W) WHERE x.w IS NOT NULL RETURN x.w + 9223372036854775807 AS boom;
/* expect
error: ArithmeticError at 102:42: integer overflow in +
*/
// Doubles on the typed side: float columns, int/float mixes, NaN and infinity; typed booleans
// from integer comparisons feeding WHERE.
CREATE (:D {s: 0.5, i: 2}), (:D {s: 1.25, i: 3}), (:D {s: -2.0, i: 4});
/* expect
created 3 nodes, 6 properties, 1 label
*/
MATCH (d:D) RETURN d.s * 2 AS a, d.s + d.i AS b, d.i - d.s AS c, 1 + d.s AS e ORDER BY a;
/* expect
| a    | b    | c    | e    |
| -4.0 | 2.0  | 6.0  | -1.0 |
| 1.0  | 2.5  | 1.5  | 1.5  |
| 2.5  | 4.25 | 1.75 | 2.25 |
(3 rows)
*/
MATCH (d:D) RETURN sum(d.s * d.i) AS s, min(d.s * 10) AS lo, collect(d.s - 0.25) AS xs;
/* expect
| s     | lo    | xs                 |
| -3.25 | -20.0 | [0.25, 1.0, -2.25] |
(1 row)
*/
MATCH (d:D) WITH d.s / 0.0 AS q, d.s * 0.0 AS z RETURN q, z ORDER BY q;
/* expect
| q         | z    |
| -Infinity | -0.0 |
| Infinity  | 0.0  |
| Infinity  | 0.0  |
(3 rows)
*/
UNWIND range(1, 6) AS i WITH i WHERE i * 2 > 6 AND i < 6 RETURN collect(i) AS xs;
/* expect
| xs     |
| [4, 5] |
(1 row)
*/
UNWIND range(1, 6) AS i WITH i, i > 3 AS big RETURN big, count(*) AS n ORDER BY big;
/* expect
| big   | n |
| false | 3 |
| true  | 3 |
(2 rows)
*/
