// count(DISTINCT ...) keeps the nodes it has seen by id and every other value by value;
// a program that starts from an index seek runs with smaller batches. Both must answer as
// the general forms do, across several batches.
CREATE (h:H {id: 1}) WITH h UNWIND range(1, 300) AS i CREATE (h)-[:T]->(:X {i: i % 50});
/* expect
created 301 nodes, 300 relationships, 301 properties, 2 labels
*/
MATCH (x:X), (y:X) WHERE x.i = 3 AND y.i = 3 CREATE (x)-[:U]->(y);
/* expect
created 36 relationships
*/
MATCH (h:H {id: 1})-[:T]->(x) RETURN count(*) AS rows, count(DISTINCT x) AS nodes, count(DISTINCT x.i) AS values;
/* expect
| rows | nodes | values |
| 300  | 300   | 50     |
(1 row)
*/
MATCH (h:H {id: 1})-[:T]->(x)-[:U]->(y) RETURN count(*) AS rows, count(DISTINCT y) AS ends, count(DISTINCT id(y)) AS ids;
/* expect
| rows | ends | ids |
| 36   | 6    | 6   |
(1 row)
*/
MATCH (x:X) WHERE x.i < 2 WITH collect(x) AS xs UNWIND xs + xs + [1, 1, 'x', 1.0, null] AS v RETURN count(DISTINCT v) AS c, count(v) AS n;
/* expect
| c  | n  |
| 14 | 28 |
(1 row)
*/
MATCH (x:X)-[:U]->(y) RETURN x.i AS i, count(DISTINCT y) AS c, count(*) AS n ORDER BY i;
/* expect
| i | c | n  |
| 3 | 6 | 36 |
(1 row)
*/
MATCH (h:H {id: 1})-[:T]->(x) WITH x.i AS i, count(*) AS n WHERE n > 5 RETURN count(*) AS groups, sum(n) AS rows;
/* expect
| groups | rows |
| 50     | 300  |
(1 row)
*/
