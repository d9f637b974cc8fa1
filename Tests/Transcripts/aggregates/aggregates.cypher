// Aggregation: count(*), count(x), count(DISTINCT x), sum, avg, min, max, collect,
// implicit grouping keys, empty input, DISTINCT inside aggregates, aggregates in expressions.

CREATE (:S {dept: 'a', pay: 10}), (:S {dept: 'a', pay: 20}), (:S {dept: 'b', pay: 5}), (:S {dept: 'b'}), (:S {dept: 'c', pay: 7.5});
/* expect
created 5 nodes, 9 properties, 1 label
*/

MATCH (s:S) RETURN count(*) AS total, count(s.pay) AS paid, count(DISTINCT s.dept) AS depts;
/* expect
| total | paid | depts |
| 5     | 4    | 3     |
(1 row)
*/

MATCH (s:S) RETURN sum(s.pay) AS total, min(s.pay) AS lo, max(s.pay) AS hi;
/* expect
| total | lo | hi |
| 42.5  | 5  | 20 |
(1 row)
*/

MATCH (s:S) WHERE s.dept = 'a' RETURN sum(s.pay) AS total, avg(s.pay) AS mean;
/* expect
| total | mean |
| 30    | 15.0 |
(1 row)
*/

MATCH (s:S) RETURN s.dept AS dept, count(*) AS n, sum(s.pay) AS total ORDER BY dept;
/* expect
| dept | n | total |
| 'a'  | 2 | 30    |
| 'b'  | 2 | 5     |
| 'c'  | 1 | 7.5   |
(3 rows)
*/

MATCH (s:S) WITH s ORDER BY s.pay RETURN s.dept AS dept, collect(s.pay) AS pays ORDER BY dept;
/* expect
| dept | pays     |
| 'a'  | [10, 20] |
| 'b'  | [5]      |
| 'c'  | [7.5]    |
(3 rows)
*/

MATCH (s:S) RETURN s.dept AS d, max(s.pay) AS top ORDER BY top DESC;
/* expect
| d   | top |
| 'a' | 20  |
| 'c' | 7.5 |
| 'b' | 5   |
(3 rows)
*/

MATCH (s:Nothing) RETURN count(*) AS c, sum(s.x) AS s, avg(s.x) AS a, min(s.x) AS mn, collect(s.x) AS l, count(s) AS cs;
/* expect
| c | s | a    | mn   | l  | cs |
| 0 | 0 | null | null | [] | 0  |
(1 row)
*/

MATCH (s:Nothing) RETURN s.k AS k, count(*) AS c;
/* expect
| k | c |
(0 rows)
*/

UNWIND [1, 1, null, 2] AS x RETURN count(DISTINCT x) AS c, collect(DISTINCT x) AS l, sum(DISTINCT x) AS s;
/* expect
| c | l      | s |
| 2 | [1, 2] | 3 |
(1 row)
*/

UNWIND [3, 1, 2] AS x RETURN sum(x) AS s, avg(x) AS a, min(x) AS mn, max(x) AS mx, collect(x) AS l;
/* expect
| s | a   | mn | mx | l         |
| 6 | 2.0 | 1  | 3  | [3, 1, 2] |
(1 row)
*/

UNWIND [1, 2, 3] AS x RETURN count(*) * 10 AS c, max(x) - min(x) AS spread, toFloat(sum(x)) / count(x) AS mean;
/* expect
| c  | spread | mean |
| 30 | 2      | 2.0  |
(1 row)
*/

UNWIND ['b', 'a', 'c'] AS s RETURN min(s) AS mn, max(s) AS mx, count(s) AS n;
/* expect
| mn  | mx  | n |
| 'a' | 'c' | 3 |
(1 row)
*/

UNWIND [[1, 'x'], [1, 'x'], [1, 'y'], [2, 'x']] AS p RETURN p[0] AS a, p[1] AS b, count(*) AS c ORDER BY a, b;
/* expect
| a | b   | c |
| 1 | 'x' | 2 |
| 1 | 'y' | 1 |
| 2 | 'x' | 1 |
(3 rows)
*/

UNWIND [1, 2.0] AS x RETURN avg(x) AS a, sum(x) AS s, min(x) AS mn, max(x) AS mx;
/* expect
| a   | s   | mn | mx  |
| 1.5 | 3.0 | 1  | 2.0 |
(1 row)
*/

MATCH (s:S {dept: 'b'}) WITH s ORDER BY s.pay RETURN collect(s) AS l;
/* expect
| l                                            |
| [(:S {dept: 'b', pay: 5}), (:S {dept: 'b'})] |
(1 row)
*/

// Grouping keys may be expressions; the aggregate column may come first.
UNWIND range(1, 6) AS x RETURN count(*) AS n, x % 2 = 0 AS even ORDER BY even;
/* expect
| n | even  |
| 3 | false |
| 3 | true  |
(2 rows)
*/

UNWIND range(1, 10) AS x WITH x % 3 AS r, collect(x) AS xs RETURN r, xs, size(xs) AS n ORDER BY r;
/* expect
| r | xs            | n |
| 0 | [3, 6, 9]     | 3 |
| 1 | [1, 4, 7, 10] | 4 |
| 2 | [2, 5, 8]     | 3 |
(3 rows)
*/

MATCH (s:S) WITH s.dept AS dept, sum(s.pay) AS total WHERE total > 6 RETURN dept ORDER BY dept;
/* expect
| dept |
| 'a'  |
| 'c'  |
(2 rows)
*/

MATCH (s:S) RETURN count(*) AS c, count(DISTINCT s) AS nodes, size(collect(DISTINCT s.dept)) AS ds;
/* expect
| c | nodes | ds |
| 5 | 5     | 3  |
(1 row)
*/

UNWIND [[1, 2], [1, 2], [3]] AS l RETURN count(DISTINCT l) AS c, max(l) AS mx, min(l) AS mn;
/* expect
| c | mx  | mn     |
| 2 | [3] | [1, 2] |
(1 row)
*/
