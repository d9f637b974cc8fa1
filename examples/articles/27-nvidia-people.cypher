// graph: articles
// Who works at NVIDIA, and in which role?
MATCH (p:Person)-[w:WORKS_AT]->(:Company {name: 'NVIDIA'})
RETURN p.name AS person, p.name_zh AS name_zh, w.role AS role
ORDER BY person;
/* expect
| person          | name_zh     | role                         |
| 'Colette Kress' | null        | 'CFO'                        |
| 'Ian Buck'      | '伊恩·巴克' | 'Head of Hyperscale and HPC' |
| 'Jensen Huang'  | '黄仁勋'    | 'CEO'                        |
(3 rows)
*/
