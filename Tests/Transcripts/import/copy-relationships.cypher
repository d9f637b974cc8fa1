// COPY of relationships: properties follow their relationship, type(r), startNode(r),
// endNode(r) and id(r) agree with the pattern, in both directions; a second COPY into the
// same type, CREATE after COPY, another type, and a third COPY after the CREATE.
COPY P FROM 'people.csv';
/* expect
created 5 nodes, 10 properties, 1 label
*/
COPY KNOWS FROM 'knows1.csv' (FROM P, TO P);
/* expect
created 6 relationships, 10 properties
*/
MATCH (a)-[r:KNOWS]->(b)
RETURN a.name, b.name, r.since, r.note, type(r), startNode(r).name AS s, endNode(r).name AS e
ORDER BY a.name, b.name;
/* expect
| a.name | b.name | r.since | r.note | type(r) | s     | e     |
| 'ann'  | 'bob'  | 2002    | 'b'    | 'KNOWS' | 'ann' | 'bob' |
| 'ann'  | 'cy'   | 2004    | null   | 'KNOWS' | 'ann' | 'cy'  |
| 'bob'  | 'bob'  | 2003    | 'self' | 'KNOWS' | 'bob' | 'bob' |
| 'cy'   | 'dan'  | null    | 'e'    | 'KNOWS' | 'cy'  | 'dan' |
| 'dan'  | 'ann'  | 2001    | 'a'    | 'KNOWS' | 'dan' | 'ann' |
| 'eve'  | 'ann'  | 2006    | 'f'    | 'KNOWS' | 'eve' | 'ann' |
(6 rows)
*/
MATCH (a:P {id: 10})<-[r:KNOWS]-(b) RETURN b.name, r.since, r.note ORDER BY b.name;
/* expect
| b.name | r.since | r.note |
| 'dan'  | 2001    | 'a'    |
| 'eve'  | 2006    | 'f'    |
(2 rows)
*/
MATCH (a:P {id: 10})-[r]-(b) RETURN b.name, r.since, startNode(r) = a AS out ORDER BY b.name;
/* expect
| b.name | r.since | out   |
| 'bob'  | 2002    | true  |
| 'cy'   | 2004    | true  |
| 'dan'  | 2001    | false |
| 'eve'  | 2006    | false |
(4 rows)
*/
MATCH (a)-[r]->(a) RETURN a.name, r.note;
/* expect
| a.name | r.note |
| 'bob'  | 'self' |
(1 row)
*/
MATCH ()-[r]->() RETURN count(*), count(DISTINCT id(r)), min(id(r)), max(id(r));
/* expect
| count(*) | count(DISTINCT id(r)) | min(id(r)) | max(id(r)) |
| 6        | 6                     | 0          | 5          |
(1 row)
*/
MATCH (a)-[r]->(b) MATCH (c)-[r2]->(d) WHERE id(r2) = id(r) RETURN count(*), sum(CASE WHEN a = c AND b = d AND r = r2 THEN 1 ELSE 0 END) AS same;
/* expect
| count(*) | same |
| 6        | 6    |
(1 row)
*/
MATCH p = (a:P {id: 50})-[:KNOWS]->() RETURN p;
/* expect
| p                                                                                          |
| <(:P {id: 50, name: 'dan'})-[:KNOWS {note: 'a', since: 2001}]->(:P {id: 10, name: 'ann'})> |
(1 row)
*/
COPY KNOWS FROM 'knows2.csv' (FROM P, TO P);
/* expect
created 2 relationships, 4 properties
*/
MATCH (a)-[r:KNOWS]->(b)
RETURN a.name, b.name, r.since, r.note, r.weight, startNode(r).name AS s, endNode(r).name AS e
ORDER BY a.name, b.name, r.since;
/* expect
| a.name | b.name | r.since | r.note | r.weight | s     | e     |
| 'ann'  | 'bob'  | 2002    | 'b'    | null     | 'ann' | 'bob' |
| 'ann'  | 'cy'   | 2004    | null   | null     | 'ann' | 'cy'  |
| 'bob'  | 'bob'  | 2003    | 'self' | null     | 'bob' | 'bob' |
| 'cy'   | 'ann'  | 2010    | null   | 0.5      | 'cy'  | 'ann' |
| 'cy'   | 'dan'  | null    | 'e'    | null     | 'cy'  | 'dan' |
| 'dan'  | 'ann'  | 2001    | 'a'    | null     | 'dan' | 'ann' |
| 'dan'  | 'dan'  | 2011    | null   | 1.5      | 'dan' | 'dan' |
| 'eve'  | 'ann'  | 2006    | 'f'    | null     | 'eve' | 'ann' |
(8 rows)
*/
MATCH (a:P {id: 10})<-[r:KNOWS]-(b) RETURN b.name, r.since ORDER BY b.name, r.since;
/* expect
| b.name | r.since |
| 'cy'   | 2010    |
| 'dan'  | 2001    |
| 'eve'  | 2006    |
(3 rows)
*/
MATCH (a:P {id: 10}), (b:P {id: 40}) CREATE (a)-[:KNOWS {since: 2020, note: 'created'}]->(b);
/* expect
created 1 relationship, 2 properties
*/
MATCH (a:P {id: 10})-[r:KNOWS]->(b) RETURN b.name, r.since, r.note, type(r), endNode(r).name AS e ORDER BY b.name;
/* expect
| b.name | r.since | r.note    | type(r) | e     |
| 'bob'  | 2002    | 'b'       | 'KNOWS' | 'bob' |
| 'cy'   | 2004    | null      | 'KNOWS' | 'cy'  |
| 'eve'  | 2020    | 'created' | 'KNOWS' | 'eve' |
(3 rows)
*/
MATCH (a:P {id: 40})<-[r]-(b) RETURN b.name, r.since, startNode(r).name AS s;
/* expect
| b.name | r.since | s     |
| 'ann'  | 2020    | 'ann' |
(1 row)
*/
COPY LIKES FROM 'likes.csv' (FROM P, TO P);
/* expect
created 2 relationships
*/
MATCH (a)-[r:LIKES]->(b) RETURN a.name, b.name, type(r), startNode(r).name AS s, endNode(r).name AS e ORDER BY a.name;
/* expect
| a.name | b.name | type(r) | s     | e     |
| 'ann'  | 'dan'  | 'LIKES' | 'ann' | 'dan' |
| 'cy'   | 'bob'  | 'LIKES' | 'cy'  | 'bob' |
(2 rows)
*/
COPY KNOWS FROM 'knows3.csv' (FROM P, TO P);
/* expect
created 2 relationships, 2 properties
*/
MATCH (a)-[r:KNOWS]->(b)
RETURN a.name, b.name, r.since, r.note, r.weight, startNode(r).name AS s, endNode(r).name AS e
ORDER BY a.name, b.name, r.since;
/* expect
| a.name | b.name | r.since | r.note    | r.weight | s     | e     |
| 'ann'  | 'bob'  | 2002    | 'b'       | null     | 'ann' | 'bob' |
| 'ann'  | 'cy'   | 2004    | null      | null     | 'ann' | 'cy'  |
| 'ann'  | 'eve'  | 2020    | 'created' | null     | 'ann' | 'eve' |
| 'ann'  | 'eve'  | 2030    | null      | null     | 'ann' | 'eve' |
| 'bob'  | 'bob'  | 2003    | 'self'    | null     | 'bob' | 'bob' |
| 'cy'   | 'ann'  | 2010    | null      | 0.5      | 'cy'  | 'ann' |
| 'cy'   | 'dan'  | null    | 'e'       | null     | 'cy'  | 'dan' |
| 'dan'  | 'ann'  | 2001    | 'a'       | null     | 'dan' | 'ann' |
| 'dan'  | 'dan'  | 2011    | null      | 1.5      | 'dan' | 'dan' |
| 'eve'  | 'ann'  | 2006    | 'f'       | null     | 'eve' | 'ann' |
| 'eve'  | 'eve'  | 2031    | null      | null     | 'eve' | 'eve' |
(11 rows)
*/
MATCH (a:P {id: 40})-[r]-(b) RETURN b.name, type(r), r.since ORDER BY r.since;
/* expect
| b.name | type(r) | r.since |
| 'ann'  | 'KNOWS' | 2006    |
| 'ann'  | 'KNOWS' | 2020    |
| 'ann'  | 'KNOWS' | 2030    |
| 'eve'  | 'KNOWS' | 2031    |
(4 rows)
*/
MATCH ()-[r]->() RETURN type(r) AS t, count(*), count(DISTINCT id(r)) ORDER BY t;
/* expect
| t       | count(*) | count(DISTINCT id(r)) |
| 'KNOWS' | 11       | 11                    |
| 'LIKES' | 2        | 2                     |
(2 rows)
*/
MATCH ()-[r]->() RETURN count(*), count(DISTINCT id(r)), min(id(r)), max(id(r));
/* expect
| count(*) | count(DISTINCT id(r)) | min(id(r)) | max(id(r)) |
| 13       | 13                    | 0          | 12         |
(1 row)
*/
MATCH (a)-[r]->(b) MATCH (c)-[r2]->(d) WHERE id(r2) = id(r) RETURN count(*), sum(CASE WHEN a = c AND b = d AND r = r2 THEN 1 ELSE 0 END) AS same;
/* expect
| count(*) | same |
| 13       | 13   |
(1 row)
*/
MATCH (a)-[r]->(a) RETURN a.name, type(r), r.since ORDER BY r.since;
/* expect
| a.name | type(r) | r.since |
| 'bob'  | 'KNOWS' | 2003    |
| 'dan'  | 'KNOWS' | 2011    |
| 'eve'  | 'KNOWS' | 2031    |
(3 rows)
*/
MATCH (a:P {id: 10})-[:KNOWS*2]->(c) RETURN c.name, count(*) ORDER BY c.name;
/* expect
| c.name | count(*) |
| 'ann'  | 3        |
| 'bob'  | 1        |
| 'dan'  | 1        |
| 'eve'  | 2        |
(4 rows)
*/
