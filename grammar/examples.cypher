// Queries that exercise every rule of grammar/quiver.ebnf; a test parses each of them.
MATCH (n) RETURN n;
MATCH (a:Company:Listed {name: 'NVIDIA'})-[r:MAKES|DESIGNS]->(c:Chip) WHERE c.year >= 2020 RETURN a.name AS maker, c.name;
MATCH (a)<-[:INVESTED_IN]-(b), (b)-[:PARTY_TO {role: 'investor'}]-(d) RETURN DISTINCT a, b, d;
MATCH p = (a)-[:SUCCEEDS*1..3]->(b) RETURN p, length(p), nodes(p), relationships(p);
MATCH (a)-[*]->(b), (a)-[*2]-(c), (a)-[*..4]->(d), (a)-[*2..]->(e) RETURN count(*);
MATCH p = shortestPath((a:Person {name: 'Jensen Huang'})-[*..6]-(b:Company {name: 'OpenAI'})) RETURN p;
MATCH p = allShortestPaths((a)-[:KNOWS*]->(b)) RETURN p;
MATCH (a:Person {id: 7})-[e:KNOWS* SHORTEST 1..30]->(b:Person {id: 4242}) RETURN length(e);
OPTIONAL MATCH (n:Nothing) RETURN n;
MATCH (n) WITH n, n.name AS name WHERE name STARTS WITH 'N' RETURN name ORDER BY name DESC SKIP 1 LIMIT 2;
MATCH (n) WITH DISTINCT labels(n) AS ls ORDER BY size(ls) LIMIT 10 WHERE size(ls) > 0 RETURN *;
UNWIND [1, 2, 3] AS x UNWIND range(1, x) AS y RETURN x, collect(y) AS ys, count(DISTINCT y), sum(y), avg(y), min(y), max(y);
CREATE (a:A:B {k: 1, s: "double", e: 'it\'s', u: '\u82F1'}), (a)-[:R {w: 1.5e3}]->(:C);
MATCH (a:A) CREATE (a)<-[:BACK]-(b:D {at: $when});
RETURN 1 + 2 * 3 - 4 / 5 % 6 ^ 2, -1, +1, 0x1F, 0o17, .5, 1e-3, 'a' + 'b', [1] + [2];
RETURN 1 = 1, 1 <> 2, 1 != 2, 1 < 2 <= 3, 2 > 1 >= 1, true AND false OR NOT false XOR true;
RETURN null IS NULL, 1 IS NOT NULL, 'abc' STARTS WITH 'a', 'abc' ENDS WITH 'c', 'abc' CONTAINS 'b', 1 IN [1, 2];
RETURN [1, 2, 3][0], [1, 2, 3][1..], [1, 2, 3][..2], [1, 2, 3][0..1], {a: {b: 1}}.a.b, {a: 1}['a'];
MATCH (n) RETURN n:Company, n:Company:Chip, n.name, n['name'];
RETURN CASE 1 WHEN 1 THEN 'one' WHEN 2 THEN 'two' ELSE 'many' END, CASE WHEN 1 > 0 THEN 'pos' END;
RETURN count(*), toUpper('x'), coalesce(null, 'y'), `weird name`.x;
EXPLAIN MATCH (n) RETURN n;
PROFILE MATCH (n) RETURN count(n);
COPY Person FROM 'persons.csv' (HEADER=true, DELIM=',');
COPY KNOWS FROM 'knows.csv' (FROM Person, TO Person);
RETURN '英伟达' AS 公司, /* block comment */ 1 AS one // line comment
