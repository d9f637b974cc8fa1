// Variable-length relationships (bounds, direction, relationship lists) and named paths
// (path values, length, nodes, relationships) over a small chain a->b->c->d with a shortcut.

CREATE (a:N {name: 'a'})-[:NEXT]->(b:N {name: 'b'})-[:NEXT]->(c:N {name: 'c'})-[:NEXT]->(d:N {name: 'd'}), (a)-[:SKIP]->(c);
/* expect
created 4 nodes, 4 relationships, 4 properties, 1 label
*/

MATCH (a:N {name: 'a'})-[:NEXT*]->(x) RETURN x.name ORDER BY x.name;
/* expect
| x.name |
| 'b'    |
| 'c'    |
| 'd'    |
(3 rows)
*/

MATCH (a:N {name: 'a'})-[:NEXT*2]->(x) RETURN x.name;
/* expect
| x.name |
| 'c'    |
(1 row)
*/

MATCH (a:N {name: 'a'})-[:NEXT*1..2]->(x) RETURN x.name ORDER BY x.name;
/* expect
| x.name |
| 'b'    |
| 'c'    |
(2 rows)
*/

MATCH (a:N {name: 'a'})-[:NEXT*..2]->(x) RETURN x.name ORDER BY x.name;
/* expect
| x.name |
| 'b'    |
| 'c'    |
(2 rows)
*/

MATCH (a:N {name: 'b'})-[:NEXT*2..]->(x) RETURN x.name;
/* expect
| x.name |
| 'd'    |
(1 row)
*/

MATCH (a:N {name: 'a'})-[:NEXT*0..1]->(x) RETURN x.name ORDER BY x.name;
/* expect
| x.name |
| 'a'    |
| 'b'    |
(2 rows)
*/

// Every path counts: c and d are each reached two ways (with and without the shortcut).
MATCH (a:N {name: 'a'})-[*]->(x) RETURN x.name, count(*) AS paths ORDER BY x.name;
/* expect
| x.name | paths |
| 'b'    | 1     |
| 'c'    | 2     |
| 'd'    | 2     |
(3 rows)
*/

MATCH (a:N {name: 'a'})-[rs:NEXT*]->(d:N {name: 'd'}) RETURN size(rs) AS hops, rs;
/* expect
| hops | rs                          |
| 3    | [[:NEXT], [:NEXT], [:NEXT]] |
(1 row)
*/

MATCH (d:N {name: 'd'})-[:NEXT*]-(x) RETURN x.name ORDER BY x.name;
/* expect
| x.name |
| 'a'    |
| 'b'    |
| 'c'    |
(3 rows)
*/

MATCH (d:N {name: 'd'})<-[:NEXT*2..]-(x) RETURN x.name ORDER BY x.name;
/* expect
| x.name |
| 'a'    |
| 'b'    |
(2 rows)
*/

MATCH (a:N {name: 'd'})-[:NEXT*]->(x) RETURN x;
/* expect
| x |
(0 rows)
*/

MATCH p = (a:N {name: 'a'})-[:SKIP]->(c) RETURN p;
/* expect
| p                                            |
| <(:N {name: 'a'})-[:SKIP]->(:N {name: 'c'})> |
(1 row)
*/

MATCH p = (:N {name: 'a'})-[*]->(:N {name: 'd'}) RETURN length(p) AS len ORDER BY len;
/* expect
| len |
| 2   |
| 3   |
(2 rows)
*/

// A path walked against the relationships shows each hop in its real direction.
MATCH p = (c:N {name: 'c'})<-[:NEXT]-(b)<-[:NEXT]-(a) RETURN p;
/* expect
| p                                                                      |
| <(:N {name: 'c'})<-[:NEXT]-(:N {name: 'b'})<-[:NEXT]-(:N {name: 'a'})> |
(1 row)
*/

MATCH p = (x:N {name: 'b'})-[:NEXT]-(y) RETURN p ORDER BY y.name;
/* expect
| p                                            |
| <(:N {name: 'b'})<-[:NEXT]-(:N {name: 'a'})> |
| <(:N {name: 'b'})-[:NEXT]->(:N {name: 'c'})> |
(2 rows)
*/

MATCH p = (:N {name: 'a'})-[:NEXT*]->(:N {name: 'c'}) RETURN nodes(p) AS ns, relationships(p) AS rs;
/* expect
| ns                                                     | rs                 |
| [(:N {name: 'a'}), (:N {name: 'b'}), (:N {name: 'c'})] | [[:NEXT], [:NEXT]] |
(1 row)
*/

MATCH p = (n:N {name: 'b'}) RETURN p, length(p) AS len;
/* expect
| p                  | len |
| <(:N {name: 'b'})> | 0   |
(1 row)
*/

MATCH p = (a:N {name: 'a'})-[:NEXT*0]->(x) RETURN x.name, length(p) AS len;
/* expect
| x.name | len |
| 'a'    | 0   |
(1 row)
*/

MATCH p = (a:N {name: 'a'})-[:NEXT*]->(x) RETURN x.name, length(p) AS len, nodes(p)[-1].name AS lastName ORDER BY len;
/* expect
| x.name | len | lastName |
| 'b'    | 1   | 'b'      |
| 'c'    | 2   | 'c'      |
| 'd'    | 3   | 'd'      |
(3 rows)
*/

MATCH p = (a:N {name: 'a'})-[:SKIP]->(c)-[:NEXT]->(d) RETURN p, length(p) AS len;
/* expect
| p                                                                      | len |
| <(:N {name: 'a'})-[:SKIP]->(:N {name: 'c'})-[:NEXT]->(:N {name: 'd'})> | 2   |
(1 row)
*/
