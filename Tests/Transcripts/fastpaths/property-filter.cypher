// WHERE v.key <op> constant runs as one FilterProperty instruction; its answers must equal
// the general comparison's, for typed and mixed columns, nulls, relationships and flipped sides.
CREATE (:N {k: 1}), (:N {k: 5}), (:N {k: 10}), (:N), (:M {k: 'x'}), (:M {k: 2.5}), (a:R)-[:T {w: 3}]->(b:R);
/* expect
created 8 nodes, 1 relationship, 6 properties, 3 labels
*/
MATCH (n:N) WHERE n.k >= 5 RETURN n.k AS k ORDER BY k;
/* expect
| k  |
| 5  |
| 10 |
(2 rows)
*/
MATCH (n:N) WHERE 5 > n.k RETURN n.k AS k ORDER BY k;
/* expect
| k |
| 1 |
(1 row)
*/
MATCH (n:N) WHERE n.k <> 5 RETURN n.k AS k ORDER BY k;
/* expect
| k  |
| 1  |
| 10 |
(2 rows)
*/
MATCH (n) WHERE n.k = 2.5 RETURN labels(n) AS l;
/* expect
| l     |
| ['M'] |
(1 row)
*/
MATCH (n) WHERE n.k < 3 RETURN n.k AS k ORDER BY k;
/* expect
| k   |
| 1   |
| 2.5 |
(2 rows)
*/
MATCH (n:N {k: 10}) RETURN n.k AS k;
/* expect
| k  |
| 10 |
(1 row)
*/
MATCH ()-[r:T]->() WHERE r.w > 2 RETURN r.w AS w;
/* expect
| w |
| 3 |
(1 row)
*/
MATCH (n:N) WHERE n.k = $missing RETURN n;
/* expect
error: ParameterMissing at 52:25: expected a parameter named $missing
*/
OPTIONAL MATCH (x:Nothing) WITH x MATCH (n:N) WHERE n.k = 1 RETURN n.k AS k, x;
/* expect
| k | x    |
| 1 | null |
(1 row)
*/
