// A shortest path from a node back to itself never walks one relationship out and back.
CREATE (a:S {n: 'a'})-[:T]->(b:S {n: 'b'}), (b)-[:T]->(c:S {n: 'c'}), (c)-[:T]->(a), (a)-[:T]->(d:S {n: 'd'});
/* expect
created 4 nodes, 4 relationships, 4 properties, 1 label
*/
MATCH (a:S {n: 'a'}) MATCH p = shortestPath((a)-[:T*]-(a)) RETURN length(p) AS hops;
/* expect
| hops |
| 3    |
(1 row)
*/
MATCH (a:S {n: 'a'}) MATCH p = shortestPath((a)-[:T*]->(a)) RETURN length(p) AS hops;
/* expect
| hops |
| 3    |
(1 row)
*/
MATCH (a:S {n: 'a'}) MATCH p = allShortestPaths((a)-[:T*]-(a)) RETURN count(p) AS paths;
/* expect
| paths |
| 2     |
(1 row)
*/
MATCH (d:S {n: 'd'}) MATCH p = shortestPath((d)-[:T*]-(d)) RETURN count(p) AS paths;
/* expect
| paths |
| 0     |
(1 row)
*/
