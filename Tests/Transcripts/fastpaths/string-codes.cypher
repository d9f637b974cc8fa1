// String columns made by CREATE are dictionary-encoded: equality filters, comparisons and
// grouping run on codes. Each answer must equal the general path's (the same expression
// with `+ ''`, which builds plain strings).
CREATE (:C {k: 'a', n: 1}), (:C {k: 'b', n: 2}), (:C {k: 'a', n: 3}), (:C {n: 4}), (:C {k: '英伟达', n: 5}), (:C {k: 'b', n: 6}), (:D {j: 'a'}), (:D {j: 7});
/* expect
created 8 nodes, 13 properties, 2 labels
*/
MATCH (c:C) WHERE c.n > 0 AND c.k = 'a' RETURN c.n AS n ORDER BY n;
/* expect
| n |
| 1 |
| 3 |
(2 rows)
*/
MATCH (c:C) WHERE c.n > 0 AND c.k + '' = 'a' RETURN c.n AS n ORDER BY n;
/* expect
| n |
| 1 |
| 3 |
(2 rows)
*/
MATCH (c:C) WHERE c.k <> 'a' RETURN c.n AS n ORDER BY n;
/* expect
| n |
| 2 |
| 5 |
| 6 |
(3 rows)
*/
MATCH (c:C) WHERE c.k + '' <> 'a' RETURN c.n AS n ORDER BY n;
/* expect
| n |
| 2 |
| 5 |
| 6 |
(3 rows)
*/
// A string the column never holds: = keeps nothing, <> keeps every row that has the key.
MATCH (c:C) WHERE c.n > 0 AND c.k = 'zzz' RETURN count(*) AS n;
/* expect
| n |
| 0 |
(1 row)
*/
MATCH (c:C) WHERE c.k <> 'zzz' RETURN count(*) AS n;
/* expect
| n |
| 5 |
(1 row)
*/
MATCH (c:C) WHERE c.k = '英伟达' RETURN c.n AS n;
/* expect
| n |
| 5 |
(1 row)
*/
MATCH (c:C) RETURN c.n AS n, c.k = 'b' AS isB, c.k <> 'b' AS notB ORDER BY n;
/* expect
| n | isB   | notB  |
| 1 | false | true  |
| 2 | true  | false |
| 3 | false | true  |
| 4 | null  | null  |
| 5 | false | true  |
| 6 | true  | false |
(6 rows)
*/
MATCH (c:C) RETURN c.n AS n, c.k + '' = 'b' AS isB, c.k + '' <> 'b' AS notB ORDER BY n;
/* expect
| n | isB   | notB  |
| 1 | false | true  |
| 2 | true  | false |
| 3 | false | true  |
| 4 | null  | null  |
| 5 | false | true  |
| 6 | true  | false |
(6 rows)
*/
MATCH (a:C), (b:C) WHERE a.k = b.k RETURN a.n AS x, b.n AS y ORDER BY x, y;
/* expect
| x | y |
| 1 | 1 |
| 1 | 3 |
| 2 | 2 |
| 2 | 6 |
| 3 | 1 |
| 3 | 3 |
| 5 | 5 |
| 6 | 2 |
| 6 | 6 |
(9 rows)
*/
MATCH (a:C), (b:C) WHERE a.k + '' = b.k + '' RETURN a.n AS x, b.n AS y ORDER BY x, y;
/* expect
| x | y |
| 1 | 1 |
| 1 | 3 |
| 2 | 2 |
| 2 | 6 |
| 3 | 1 |
| 3 | 3 |
| 5 | 5 |
| 6 | 2 |
| 6 | 6 |
(9 rows)
*/
MATCH (c:C) RETURN c.k AS k, count(*) AS n, collect(c.n) AS ns ORDER BY k;
/* expect
| k        | n | ns     |
| 'a'      | 2 | [1, 3] |
| 'b'      | 2 | [2, 6] |
| '英伟达' | 1 | [5]    |
| null     | 1 | [4]    |
(4 rows)
*/
MATCH (c:C) RETURN c.k + '' AS k, count(*) AS n, collect(c.n) AS ns ORDER BY k;
/* expect
| k        | n | ns     |
| 'a'      | 2 | [1, 3] |
| 'b'      | 2 | [2, 6] |
| '英伟达' | 1 | [5]    |
| null     | 1 | [4]    |
(4 rows)
*/
// Every live row has k: the property reads as codes, so = and grouping run on them.
MATCH (c:C) WHERE c.k IS NOT NULL RETURN c.n AS n, c.k = 'b' AS isB, c.k <> 'zzz' AS other ORDER BY n;
/* expect
| n | isB   | other |
| 1 | false | true  |
| 2 | true  | true  |
| 3 | false | true  |
| 5 | false | true  |
| 6 | true  | true  |
(5 rows)
*/
MATCH (c:C) WHERE c.k IS NOT NULL RETURN c.k AS k, count(*) AS n, sum(c.n) AS s ORDER BY k;
/* expect
| k        | n | s |
| 'a'      | 2 | 4 |
| 'b'      | 2 | 8 |
| '英伟达' | 1 | 5 |
(3 rows)
*/
MATCH (a:C), (b:C) WHERE a.k IS NOT NULL AND b.k IS NOT NULL AND a.k = b.k AND a.n < b.n RETURN a.n AS x, b.n AS y ORDER BY x;
/* expect
| x | y |
| 1 | 3 |
| 2 | 6 |
(2 rows)
*/
// The column j mixes a string and an integer: no codes, same answers.
MATCH (d:D) WHERE d.j = 'a' RETURN d.j AS k;
/* expect
| k   |
| 'a' |
(1 row)
*/
MATCH (d:D) RETURN d.j AS k, count(*) AS n ORDER BY n, toString(k);
/* expect
| k   | n |
| 7   | 1 |
| 'a' | 1 |
(2 rows)
*/
// Writing a new string after a read grows the dictionary; a later read sees it.
CREATE (:C {k: 'c', n: 8});
/* expect
created 1 node, 2 properties
*/
MATCH (c:C) WHERE c.k = 'c' OR c.n = 8 RETURN c.k AS k, c.n AS n;
/* expect
| k   | n |
| 'c' | 8 |
(1 row)
*/
MATCH (c:C) RETURN c.k AS k, count(*) AS n ORDER BY k;
/* expect
| k        | n |
| 'a'      | 2 |
| 'b'      | 2 |
| 'c'      | 1 |
| '英伟达' | 1 |
| null     | 1 |
(5 rows)
*/
