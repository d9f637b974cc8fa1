// graph: articles
// Which GPU purchases and orders do the articles report, with counts and values?
MATCH (d:Deal {kind: 'purchase'})-[:TARGET]->(c:Chip)
OPTIONAL MATCH (b)-[p:PARTY_TO {role: 'buyer'}]->(d)
RETURN d.id AS deal, b.name AS buyer, c.name AS chip, d.count AS count, d.amount_usd AS amount_usd, d.date AS date
ORDER BY deal, chip;
/* expect
| deal                                       | buyer       | chip                        | count  | amount_usd | date      |
| 'amazon-nvidia-chip-purchase'              | 'Amazon'    | 'NVIDIA GPUs (unspecified)' | null   | null       | null      |
| 'bytedance-2023-gpu-order'                 | 'ByteDance' | 'A100'                      | null   | 1000000000 | '2023'    |
| 'bytedance-2023-gpu-order'                 | 'ByteDance' | 'H800'                      | null   | 1000000000 | '2023'    |
| 'china-internet-2023-gpu-order'            | null        | 'NVIDIA GPUs (unspecified)' | 10000  | 138312586  | '2023'    |
| 'china-model-developers-2023-gpu-purchase' | null        | 'NVIDIA GPUs (unspecified)' | null   | null       | '2023'    |
| 'coreweave-2023-h100-purchase'             | 'CoreWeave' | 'H100'                      | null   | null       | '2023'    |
| 'dgx1-2016-orders'                         | null        | 'DGX-1'                     | null   | null       | '2016'    |
| 'meta-2024-gpu-purchase'                   | 'Meta'      | 'NVIDIA GPUs (unspecified)' | 150000 | null       | '2024-01' |
| 'meta-h100-purchase'                       | 'Meta'      | 'H100'                      | null   | null       | null      |
| 'microsoft-nvidia-gpu-purchase'            | 'Microsoft' | 'NVIDIA GPUs (unspecified)' | null   | null       | null      |
| 'nvidia-tsmc-2023-orders'                  | 'NVIDIA'    | 'NVIDIA GPUs (unspecified)' | null   | null       | '2023-06' |
| 'openai-nvidia-gpu-purchase'               | 'OpenAI'    | 'NVIDIA GPUs (unspecified)' | null   | 720000000  | null      |
| 'oracle-2022-a100-h100-purchase'           | 'Oracle'    | 'A100'                      | null   | null       | '2022-11' |
| 'oracle-2022-a100-h100-purchase'           | 'Oracle'    | 'H100'                      | null   | null       | '2022-11' |
| 'oracle-2023-nvidia-chip-purchase'         | 'Oracle'    | 'NVIDIA GPUs (unspecified)' | null   | null       | '2023-06' |
| 'oracle-2024-nvidia-chip-purchase'         | 'Oracle'    | 'NVIDIA GPUs (unspecified)' | null   | null       | null      |
| 'tesla-2024-nvidia-gpu-purchase'           | 'Tesla'     | 'NVIDIA GPUs (unspecified)' | null   | 4000000000 | '2024'    |
| 'xai-2023-nvidia-chip-purchase'            | 'xAI'       | 'NVIDIA GPUs (unspecified)' | null   | null       | '2023'    |
(18 rows)
*/
