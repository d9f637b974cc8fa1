// Graph functions: id, labels, type, keys, properties, startNode, endNode, exists, and the
// path functions length, nodes, relationships.

CREATE (a:Person:Dev {name: 'Ann', age: 30})-[:KNOWS {since: 2019}]->(b:Person {name: 'Bo'});
/* expect
created 2 nodes, 1 relationship, 4 properties, 2 labels
*/

MATCH (n:Dev) RETURN labels(n) AS l;
/* expect
| l                 |
| ['Person', 'Dev'] |
(1 row)
*/

MATCH ()-[r]->() RETURN type(r) AS t;
/* expect
| t       |
| 'KNOWS' |
(1 row)
*/

MATCH (n:Dev) UNWIND keys(n) AS k RETURN k ORDER BY k;
/* expect
| k      |
| 'age'  |
| 'name' |
(2 rows)
*/

MATCH (n:Dev) RETURN properties(n) AS p;
/* expect
| p                      |
| {age: 30, name: 'Ann'} |
(1 row)
*/

MATCH ()-[r]->() RETURN properties(r) AS p, keys(r) AS k;
/* expect
| p             | k         |
| {since: 2019} | ['since'] |
(1 row)
*/

MATCH (a)-[r]->(b) RETURN id(startNode(r)) = id(a) AS s, id(endNode(r)) = id(b) AS e, id(a) <> id(b) AS d, id(r) >= 0 AS rid;
/* expect
| s    | e    | d    | rid  |
| true | true | true | true |
(1 row)
*/

MATCH ()-[r]->() RETURN startNode(r).name AS s, endNode(r).name AS e, startNode(r) AS sn;
/* expect
| s     | e    | sn                                   |
| 'Ann' | 'Bo' | (:Person:Dev {age: 30, name: 'Ann'}) |
(1 row)
*/

MATCH (n:Person) RETURN exists(n.age) AS has, n.name ORDER BY n.name;
/* expect
| has   | n.name |
| true  | 'Ann'  |
| false | 'Bo'   |
(2 rows)
*/

MATCH p = (a)-[:KNOWS]->(b) RETURN length(p) AS len, size(nodes(p)) AS n, size(relationships(p)) AS r;
/* expect
| len | n | r |
| 1   | 2 | 1 |
(1 row)
*/

MATCH p = (a)-[:KNOWS]->(b) RETURN nodes(p)[0].name AS first, relationships(p)[0].since AS since, nodes(p)[1] AS last;
/* expect
| first | since | last                   |
| 'Ann' | 2019  | (:Person {name: 'Bo'}) |
(1 row)
*/

MATCH (b {name: 'Bo'})<-[:KNOWS]-(a) MATCH p = (b)<-[:KNOWS]-(a) RETURN relationships(p) AS rs, startNode(relationships(p)[0]).name AS s;
/* expect
| rs                       | s     |
| [[:KNOWS {since: 2019}]] | 'Ann' |
(1 row)
*/

RETURN labels(null) AS l, type(null) AS t, id(null) AS i, keys(null) AS k, properties(null) AS p, length(null) AS len;
/* expect
| l    | t    | i    | k    | p    | len  |
| null | null | null | null | null | null |
(1 row)
*/

MATCH (n {name: 'Bo'}) RETURN size(labels(n)) AS c, keys(n) AS k;
/* expect
| c | k        |
| 1 | ['name'] |
(1 row)
*/

MATCH (a:Dev), (b {name: 'Bo'}) RETURN id(a) = id(a) AS same, a = b AS eq, a <> b AS ne;
/* expect
| same | eq    | ne   |
| true | false | true |
(1 row)
*/

RETURN properties({b: 1, a: 2}) AS p, keys({k: 1}) AS k;
/* expect
| p            | k     |
| {a: 2, b: 1} | ['k'] |
(1 row)
*/

MATCH (n:Person) WITH n ORDER BY n.name RETURN collect(labels(n)) AS ls;
/* expect
| ls                              |
| [['Person', 'Dev'], ['Person']] |
(1 row)
*/
