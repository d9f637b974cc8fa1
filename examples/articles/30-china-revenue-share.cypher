// graph: articles
// What share of NVIDIA's revenue came from China, according to each article?
MATCH (:Company {name: 'NVIDIA'})-[:HAS_METRIC]->(m:Metric {metric: 'china_revenue_share_pct'})
RETURN m.name AS metric, m.period AS period, m.value AS pct, m.qualifier AS qualifier, m.sources AS sources
ORDER BY metric;
/* expect
| metric                                   | period   | pct | qualifier   | sources |
| 'NVIDIA China revenue share (a1)'        | 'FY2023' | 22  | null        | ['a1']  |
| 'NVIDIA China revenue share 2024 (a3)'   | '2024'   | 4   | 'less than' | ['a3']  |
| 'NVIDIA China revenue share FY2023 (a2)' | 'FY2023' | 50  | 'nearly'    | ['a2']  |
(3 rows)
*/
