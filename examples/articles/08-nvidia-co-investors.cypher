// graph: articles
// Who invested alongside NVIDIA in the same rounds (two hops through the deals)?
MATCH (:Company {name: 'NVIDIA'})-[mine:PARTY_TO {role: 'investor'}]->(d:Deal)<-[theirs:PARTY_TO {role: 'investor'}]-(other)
RETURN other.name AS co_investor, labels(other) AS labels, count(d) AS shared_deals
ORDER BY shared_deals DESC, co_investor;
/* expect
| co_investor    | labels      | shared_deals |
| 'Salesforce'   | ['Company'] | 2            |
| 'Bill Gates'   | ['Person']  | 1            |
| 'Eric Schmidt' | ['Person']  | 1            |
| 'Google'       | ['Company'] | 1            |
| 'Oracle'       | ['Company'] | 1            |
| 'Reid Hoffman' | ['Person']  | 1            |
(6 rows)
*/
