// graph: articles
// Which node does each spelling, nickname or ticker denote?
UNWIND ['老黄', '黄教主', 'Jensen Huang', '英伟达', 'NVDA', '台积电', '字节', 'X.ai', '甲骨文', 'B200'] AS alias
WITH alias, resolve(alias) AS n
RETURN alias, n.name AS name, labels(n) AS labels
ORDER BY alias;
/* expect
| alias          | name            | labels      |
| 'B200'         | 'Blackwell GPU' | ['Chip']    |
| 'Jensen Huang' | 'Jensen Huang'  | ['Person']  |
| 'NVDA'         | 'NVIDIA'        | ['Company'] |
| 'X.ai'         | 'xAI'           | ['Company'] |
| '台积电'       | 'TSMC'          | ['Company'] |
| '字节'         | 'ByteDance'     | ['Company'] |
| '甲骨文'       | 'Oracle'        | ['Company'] |
| '老黄'         | 'Jensen Huang'  | ['Person']  |
| '英伟达'       | 'NVIDIA'        | ['Company'] |
| '黄教主'       | 'Jensen Huang'  | ['Person']  |
(10 rows)
*/
