// Expansions write node and relationship ids to the typed side, carried variables are copied
// only when read, and RelUnique and count(DISTINCT node) read typed ids. Each answer here was
// checked against a general form (a variable-length path, DISTINCT over ids) and by hand.
UNWIND range(1, 12) AS i CREATE (:P {id: i, name: 'p' + toString(i)});
/* expect
created 12 nodes, 24 properties, 1 label
*/
MATCH (a:P), (b:P) WHERE b.id = a.id % 12 + 1 OR b.id = a.id * 2 CREATE (a)-[:R]->(b);
/* expect
created 17 relationships
*/
MATCH (a:P), (b:P) WHERE b.id = a.id + 3 CREATE (a)-[:S]->(b);
/* expect
created 9 relationships
*/
MATCH (a:P {id: 1})-[r1:R]->(b)-[r2:R]->(c) RETURN a.id AS a, b.id AS b, c.id AS c, id(r1) <> id(r2) AS diff ORDER BY b, c;
/* expect
| a | b | c | diff |
| 1 | 2 | 3 | true |
| 1 | 2 | 4 | true |
(2 rows)
*/
MATCH p = (a:P {id: 1})-[:R*2]->(c) RETURN a.id AS a, nodes(p)[1].id AS b, c.id AS c, true AS diff ORDER BY b, c;
/* expect
| a | b | c | diff |
| 1 | 2 | 3 | true |
| 1 | 2 | 4 | true |
(2 rows)
*/
MATCH (a:P {id: 3})-[:R]->()-[:R]->(c) RETURN count(DISTINCT c) AS nodes, count(DISTINCT c.id) AS ids, size(collect(DISTINCT c)) AS listed, count(*) AS paths;
/* expect
| nodes | ids | listed | paths |
| 4     | 4   | 4      | 4     |
(1 row)
*/
MATCH (a:P)-[:R]->()-[:R]->(c) RETURN a.id % 3 AS g, count(DISTINCT c) AS nodes, count(DISTINCT c.id) AS ids, count(*) AS paths ORDER BY g;
/* expect
| g | nodes | ids | paths |
| 0 | 7     | 7   | 8     |
| 1 | 6     | 6   | 7     |
| 2 | 9     | 9   | 9     |
(3 rows)
*/
MATCH (a:P {id: 4})-[r1:R|S]->(b)<-[r2:R|S]-(c) RETURN count(*) AS n, count(DISTINCT c) AS cs;
/* expect
| n | cs |
| 4 | 4  |
(1 row)
*/
MATCH (a:P {id: 1})-[r1]-(b)-[r2]-(c) RETURN count(*) AS n, sum(CASE WHEN c = a THEN 1 ELSE 0 END) AS back;
/* expect
| n  | back |
| 11 | 0    |
(1 row)
*/
MATCH (a:P {id: 6})-[:R]->(b) OPTIONAL MATCH (b)-[:S]->(c) RETURN b, c.name AS c ORDER BY b.id, c;
/* expect
| b                          | c     |
| (:P {id: 7, name: 'p7'})   | 'p10' |
| (:P {id: 12, name: 'p12'}) | null  |
(2 rows)
*/
MATCH (a:P {id: 2})-[:R]->(b)-[:R|S]->(c) WHERE c.id > 4 RETURN a.name AS a, b.name AS b, c.name AS c ORDER BY c DESC, b LIMIT 3;
/* expect
| a    | b    | c    |
| 'p2' | 'p4' | 'p8' |
| 'p2' | 'p4' | 'p7' |
| 'p2' | 'p3' | 'p6' |
(3 rows)
*/
MATCH (a:P {id: 1})-[:R]->(b)-[:R]->(c)-[rs:R*1..2]->(d) WHERE d.id = 6 RETURN a.id AS a, b.id AS b, c.id AS c, size(rs) AS hops ORDER BY b, c, hops;
/* expect
| a | b | c | hops |
| 1 | 2 | 3 | 1    |
| 1 | 2 | 4 | 2    |
(2 rows)
*/
MATCH (a:P {id: 5})-[r:R]->(b) RETURN r, type(r) AS t, startNode(r).id AS s, endNode(r).id AS e ORDER BY e;
/* expect
| r    | t   | s | e  |
| [:R] | 'R' | 5 | 6  |
| [:R] | 'R' | 5 | 10 |
(2 rows)
*/
CREATE (h:H {id: 1}) WITH h UNWIND range(1, 3000) AS i CREATE (h)-[:T]->(:X {i: i});
/* expect
created 3001 nodes, 3000 relationships, 3001 properties, 2 labels
*/
MATCH (x:X) WHERE x.i % 3 = 0 MATCH (y:X {i: x.i / 3}) CREATE (x)-[:U]->(y);
/* expect
created 1000 relationships
*/
MATCH (h:H)-[:T]->(x)-[:U]->(y) RETURN count(*) AS n, sum(h.id * 1000000000 + x.i * 1000 + y.i) AS s, count(DISTINCT y) AS ys;
/* expect
| n    | s             | ys   |
| 1000 | 1001502000500 | 1000 |
(1 row)
*/
MATCH (h:H {id: 1})-[:T]->(x)-[:U]->(y) RETURN count(*) AS n, sum(h.id * 1000000000 + x.i * 1000 + y.i) AS s, count(DISTINCT y) AS ys;
/* expect
| n    | s             | ys   |
| 1000 | 1001502000500 | 1000 |
(1 row)
*/
MATCH (h:H {id: 1})-[t:T]->(x) WITH h, t, x WHERE x.i > 2990 RETURN h.id AS h, x.i AS x, id(t) >= 0 AS rel ORDER BY x;
/* expect
| h | x    | rel  |
| 1 | 2991 | true |
| 1 | 2992 | true |
| 1 | 2993 | true |
| 1 | 2994 | true |
| 1 | 2995 | true |
| 1 | 2996 | true |
| 1 | 2997 | true |
| 1 | 2998 | true |
| 1 | 2999 | true |
| 1 | 3000 | true |
(10 rows)
*/
