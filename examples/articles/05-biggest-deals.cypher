// graph: articles
// What are the ten biggest deals by amount in US dollars?
MATCH (d:Deal)
WHERE d.amount_usd IS NOT NULL
RETURN d.id AS deal, d.kind AS kind, d.amount_usd AS amount_usd, d.date AS date
ORDER BY amount_usd DESC, deal
LIMIT 10;
/* expect
| deal                              | kind          | amount_usd    | date         |
| 'altman-ai-chip-fundraising'      | 'fundraising' | 7000000000000 | '2024-02'    |
| 'microsoft-openai-investment'     | 'investment'  | 10000000000   | null         |
| 'amazon-anthropic-investment'     | 'investment'  | 4000000000    | null         |
| 'tesla-2024-nvidia-gpu-purchase'  | 'purchase'    | 4000000000    | '2024'       |
| 'databricks-mosaicml-acquisition' | 'acquisition' | 1300000000    | '2023-06'    |
| 'inflection-2023-round'           | 'investment'  | 1300000000    | '2023-06-29' |
| 'bytedance-2023-gpu-order'        | 'purchase'    | 1000000000    | '2023'       |
| 'openai-nvidia-gpu-purchase'      | 'purchase'    | 720000000     | null         |
| 'meituan-lightyear-acquisition'   | 'acquisition' | 285615491     | '2023-06-29' |
| 'cohere-2023-series-c'            | 'investment'  | 270000000     | '2023-06-09' |
(10 rows)
*/
