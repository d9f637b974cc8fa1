// null semantics: three-valued logic (the full AND/OR/XOR table), null in comparisons,
// arithmetic, IN, list/map equality, property access, CASE, DISTINCT and aggregation.

RETURN null AND true AS a, null AND false AS b, null OR true AS c, null OR false AS d, NOT null AS e, null XOR true AS f;
/* expect
| a    | b     | c    | d    | e    | f    |
| null | false | true | null | null | null |
(1 row)
*/

UNWIND [true, false, null] AS a UNWIND [true, false, null] AS b RETURN a, b, a AND b AS conj, a OR b AS disj, a XOR b AS xr;
/* expect
| a     | b     | conj  | disj  | xr    |
| true  | true  | true  | true  | false |
| true  | false | false | true  | true  |
| true  | null  | null  | true  | null  |
| false | true  | false | true  | true  |
| false | false | false | false | false |
| false | null  | false | null  | null  |
| null  | true  | null  | true  | null  |
| null  | false | false | null  | null  |
| null  | null  | null  | null  | null  |
(9 rows)
*/

RETURN null = null AS a, null <> null AS b, null = 1 AS c, null < 1 AS d, 'x' >= null AS e;
/* expect
| a    | b    | c    | d    | e    |
| null | null | null | null | null |
(1 row)
*/

RETURN null IS NULL AS a, null IS NOT NULL AS b, 1 IS NULL AS c, [] IS NULL AS d, 'x' IS NOT NULL AS e;
/* expect
| a    | b     | c     | d     | e    |
| true | false | false | false | true |
(1 row)
*/

RETURN 1 + null AS a, null * 2 AS b, 'a' + null AS c, -null AS d, null / 0 AS e, 2 ^ null AS f;
/* expect
| a    | b    | c    | d    | e    | f    |
| null | null | null | null | null | null |
(1 row)
*/

RETURN null IN [1, 2] AS a, 3 IN [1, null] AS b, 1 IN [1, null] AS c, null IN [] AS d, 1 IN null AS e;
/* expect
| a    | b    | c    | d     | e    |
| null | null | true | false | null |
(1 row)
*/

RETURN [1, null] = [1, null] AS a, [1, null] = [2, null] AS b, {a: null} = {a: null} AS c, [null] = [] AS d;
/* expect
| a    | b     | c    | d     |
| null | false | null | false |
(1 row)
*/

WITH null AS x RETURN x.prop AS p, x[0] AS i, size(x) AS s, toUpper(x) AS u, x['k'] AS k;
/* expect
| p    | i    | s    | u    | k    |
| null | null | null | null | null |
(1 row)
*/

UNWIND [1, null, 3] AS x RETURN x, x > 2 AS big, x IS NULL AS missing;
/* expect
| x    | big   | missing |
| 1    | false | false   |
| null | null  | true    |
| 3    | true  | false   |
(3 rows)
*/

// WHERE keeps only rows whose predicate is true (not null).
UNWIND [1, 2] AS x WITH x WHERE null RETURN x;
/* expect
| x |
(0 rows)
*/

UNWIND [1, null, 2] AS x WITH x WHERE NOT x > 1 RETURN x;
/* expect
| x |
| 1 |
(1 row)
*/

// null = null is not true, so the WHEN branch is not taken.
RETURN CASE null WHEN null THEN 'match' ELSE 'no' END AS r, CASE WHEN null THEN 'yes' ELSE 'no' END AS s;
/* expect
| r    | s    |
| 'no' | 'no' |
(1 row)
*/

UNWIND [null, null, 1] AS x RETURN DISTINCT x ORDER BY x;
/* expect
| x    |
| 1    |
| null |
(2 rows)
*/

UNWIND [1, null, 2] AS x RETURN count(x) AS c, count(*) AS s, sum(x) AS t, collect(x) AS l, min(x) AS mn, max(x) AS mx;
/* expect
| c | s | t | l      | mn | mx |
| 2 | 3 | 3 | [1, 2] | 1  | 2  |
(1 row)
*/

UNWIND [null, null] AS x RETURN count(x) AS c, sum(x) AS s, avg(x) AS a, collect(x) AS l, max(x) AS m;
/* expect
| c | s | a    | l  | m    |
| 0 | 0 | null | [] | null |
(1 row)
*/

RETURN null STARTS WITH 'a' AS a, 'a' CONTAINS null AS b, null ENDS WITH null AS c;
/* expect
| a    | b    | c    |
| null | null | null |
(1 row)
*/

RETURN [1, 2][null] AS a, null[0] AS b, [1, 2, 3][null..2] AS c;
/* expect
| a    | b    | c    |
| null | null | null |
(1 row)
*/

UNWIND [null, 1] AS k RETURN k, count(*) AS c ORDER BY k;
/* expect
| k    | c |
| 1    | 1 |
| null | 1 |
(2 rows)
*/

RETURN [null, 1, null] AS l, size([null, null]) AS n, {k: null} AS m;
/* expect
| l               | n | m         |
| [null, 1, null] | 2 | {k: null} |
(1 row)
*/
