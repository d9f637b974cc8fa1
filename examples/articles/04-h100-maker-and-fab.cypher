// graph: articles
// Who designs the H100, who manufactures it, and on which process?
MATCH (c:Chip {name: 'H100'})
OPTIONAL MATCH (d:Company)-[:MAKES]->(c)
OPTIONAL MATCH (f:Company)-[m:MANUFACTURES]->(c)
RETURN d.name AS designer, f.name AS foundry, m.process_nm AS process_nm, c.transistors AS transistors;
/* expect
| designer | foundry | process_nm | transistors |
| 'NVIDIA' | 'TSMC'  | 5          | 80000000000 |
(1 row)
*/
